/** What the app reads from a response: enough to tell success from a refusal, and the whole body. */
export type Answer = { status: number; statusText: string; text: string };

/** The WebSocket of a board's changes, opened by index.html before the board was asked for; the messages that came meanwhile. */
export type EarlyBoardSocket = { boardId: string; socket: WebSocket; messages: MessageEvent[] };

/**
 * The inline script of index.html starts the first view's requests as soon as the page starts, while the
 * app's code still downloads: the setup status and the signed-in user, and on a board's address the
 * board's WebSocket, then the board itself once the socket is open (so the board misses no change). It
 * reads the bodies as they arrive. The app takes each answer the first time it asks for the same path,
 * instead of asking again, and the board page takes over the socket.
 */
declare global {
  interface Window {
    /** API path (after /api/v1) → the answer asked for by index.html's inline script. */
    pkEarlyAnswers?: Record<string, Promise<Answer> | undefined>;
    pkEarlyBoardSocket?: EarlyBoardSocket;
  }
}

/** The early answer to a GET of `path`, handed out once; undefined when there is none (left). */
export function takeEarlyAnswer(path: string): Promise<Answer> | undefined {
  const answers = window.pkEarlyAnswers;
  const answer = answers?.[path];
  if (answer) delete answers[path];
  return answer;
}

/** Whether an open early socket watches `boardId` (a look, without taking it). */
export function hasEarlyBoardSocket(boardId: string): boolean {
  const early = window.pkEarlyBoardSocket;
  return early?.boardId === boardId && early.socket.readyState === WebSocket.OPEN;
}

/**
 * The open early socket of `boardId`, handed out once to the page's first board view. Any other is
 * closed instead: one of another board is of no use, and one not open (still connecting, or refused)
 * does not cover the board, which may have been asked for before it opened.
 */
export function takeEarlyBoardSocket(boardId: string): EarlyBoardSocket | undefined {
  const early = window.pkEarlyBoardSocket;
  delete window.pkEarlyBoardSocket;
  if (early?.boardId === boardId && early.socket.readyState === WebSocket.OPEN) return early;
  early?.socket.close();
  return undefined;
}

/** A write (signing in, setting up…) may change what any GET answers: the early answers are no longer good. */
export function dropEarlyAnswers(): void {
  delete window.pkEarlyAnswers;
  window.pkEarlyBoardSocket?.socket.close();
  delete window.pkEarlyBoardSocket;
}
