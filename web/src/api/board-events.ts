import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { hasEarlyBoardSocket, takeEarlyBoardSocket } from './early-requests';
import { API } from './http';
import { notify } from '../shell/notices';
import { keys } from './queries';
import type { BoardEvent } from './types';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export const MOVE_MUTATION = (boardId: string) => ['move', boardId] as const;

const MAX_BACKOFF_MS = 15_000;
const SIGNED_OUT = 4401;
const NO_ACCESS = 4403;
/** Bursts of changes (a bulk import, a busy board) cost one refetch. */
const COALESCE_MS = 50;

/** Changes that notify people in the same transaction as they are made. */
const NOTIFYING_CHANGES: ReadonlySet<string> = new Set(['approval.requested', 'decision.recorded', 'comment.created', 'comment.updated', 'item.blocked', 'review.updated']);

/**
 * Keeps the board's cache in step with everyone's changes: each WebSocket message refetches what it
 * touched. A dropped connection comes back with growing pauses and `?since=` the last seq received,
 * so the server replays whatever happened meanwhile. Not `enabled` (a board that does not exist), it connects to
 * nothing, and stops trying.
 */
export function useBoardEvents(boardId: string, enabled = true): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>(() => (hasEarlyBoardSocket(boardId) ? 'live' : 'connecting'));

  useEffect(() => {
    if (!enabled) return;
    let socket: WebSocket | null = null;
    let lastSeq: number | null = null;
    let attempt = 0;
    let stopped = false;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;

    const refreshBoard = () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        // A move in flight refetches when it settles; refetching now would undo its optimistic placement.
        if (queryClient.isMutating({ mutationKey: MOVE_MUTATION(boardId) }) > 0) return;
        void queryClient.invalidateQueries({ queryKey: keys.board(boardId), exact: true });
      }, COALESCE_MS);
    };

    const onMessage = (message: MessageEvent) => {
      const event = JSON.parse(String(message.data)) as BoardEvent;
      lastSeq = Math.max(lastSeq ?? 0, event.seq);
      if (event.itemId) void queryClient.invalidateQueries({ queryKey: keys.item(event.itemId) });
      // These changes notify people in the same transaction: whoever has the board open reads theirs at once, not at the next poll.
      if (NOTIFYING_CHANGES.has(event.type)) void queryClient.invalidateQueries({ queryKey: keys.notifications });
      // A portfolio review's changes travel on its boards' sockets (PRODUCT.md §12): its participants follow them.
      if (event.type === 'review.updated') {
        const { reviewId } = event.data as { reviewId: string };
        void queryClient.invalidateQueries({ queryKey: keys.review(reviewId) });
        return;
      }
      refreshBoard();
    };

    const onClose = (event: CloseEvent) => {
      if (stopped) return;
      // The server closes a watcher whose access was withdrawn (PRODUCT.md §9, hardening): 4401 when its
      // sign-in ended, 4403 when its portfolio no longer lets it see the board. Neither comes back by retrying.
      if (event.code === SIGNED_OUT || event.code === NO_ACCESS) {
        stopped = true;
        notify(event.code === SIGNED_OUT ? 'You were signed out: your session ended or your account was deactivated.' : 'You no longer have access to this board.', 'error');
        void queryClient.invalidateQueries({ queryKey: event.code === SIGNED_OUT ? keys.me : keys.board(boardId) });
        return;
      }
      // A refused reconnection (an ended session) closes without a code: asking who is signed in tells.
      void queryClient.invalidateQueries({ queryKey: keys.me });
      setStatus('reconnecting');
      reconnectTimer = setTimeout(connect, Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt++));
    };

    const connect = () => {
      const url = new URL(`${API}/boards/${boardId}/events`, location.href);
      url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
      if (lastSeq !== null) url.searchParams.set('since', String(lastSeq));
      socket = new WebSocket(url);
      socket.onopen = () => {
        attempt = 0;
        setStatus('live');
        // Without a seq to resume from, changes made before the subscription may be missing.
        if (lastSeq === null) refreshBoard();
      };
      socket.onmessage = onMessage;
      socket.onclose = onClose;
    };

    // A board opened directly is watched from the page's start, and was asked for only once its socket was
    // open: it misses nothing, so the socket carries on without asking for the board again.
    const early = takeEarlyBoardSocket(boardId);
    if (early) {
      socket = early.socket;
      socket.onmessage = onMessage;
      socket.onclose = onClose;
      early.messages.forEach(onMessage);
    } else connect();

    // Back online: no need to sit out a back-off pause that grew while the network was down.
    const reconnectNow = () => {
      if (stopped || socket?.readyState !== WebSocket.CLOSED) return;
      clearTimeout(reconnectTimer);
      attempt = 0;
      connect();
    };

    window.addEventListener('online', reconnectNow);
    return () => {
      stopped = true;
      window.removeEventListener('online', reconnectNow);
      clearTimeout(reconnectTimer);
      clearTimeout(refreshTimer);
      socket?.close();
    };
  }, [boardId, queryClient, enabled]);

  return status;
}
