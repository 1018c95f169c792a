import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { withCardDefaults } from '../../../src/domain/card-defaults';
import { answer, api, isProblem } from './http';
import type { Board, BoardAnswer, BoardCard } from './types';

/** One place for cache keys, so that realtime events and mutations invalidate exactly what they changed. */
export const keys = {
  setup: ['setup'] as const,
  me: ['me'] as const,
  users: ['users'] as const,
  /** Pending invitations: all of them (null), or one portfolio's. */
  invitations: (portfolioId: string | null) => ['invitations', portfolioId] as const,
  portfolios: ['portfolios'] as const,
  portfolio: (id: string) => ['portfolio', id] as const,
  members: (portfolioId: string) => ['portfolio', portfolioId, 'members'] as const,
  roles: (portfolioId: string) => ['portfolio', portfolioId, 'roles'] as const,
  board: (id: string) => ['board', id] as const,
  importJob: (id: string) => ['import-job', id] as const,
  webhooks: (portfolioId: string) => ['portfolio', portfolioId, 'webhooks'] as const,
  deliveries: (webhookId: string) => ['webhook', webhookId, 'deliveries'] as const,
  item: (id: string) => ['item', id] as const,
  history: (id: string) => ['item', id, 'history'] as const,
  itemDecisions: (id: string) => ['item', id, 'decisions'] as const,
  itemApprovals: (id: string) => ['item', id, 'approvals'] as const,
  comments: (id: string) => ['item', id, 'comments'] as const,
  responsibility: (id: string) => ['item', id, 'responsibility'] as const,
  // Under the board's key: whatever changes the board invalidates it too.
  boardResponsibility: (boardId: string) => ['board', boardId, 'responsibility'] as const,
  gaps: (portfolioId: string) => ['portfolio', portfolioId, 'gaps'] as const,
  approvals: (portfolioId: string) => ['portfolio', portfolioId, 'approvals'] as const,
  delegations: (portfolioId: string) => ['portfolio', portfolioId, 'delegations'] as const,
  decisions: (portfolioId: string, search: string) => ['portfolio', portfolioId, 'decisions', search] as const,
  policyHistory: (boardId: string, columnId: string) => ['board', boardId, 'policy-history', columnId] as const,
  policyComparison: (boardId: string, changeId: string, windowDays: number | null) => ['board', boardId, 'policy-comparison', changeId, windowDays] as const,
  myResponsibilities: ['me', 'responsibilities'] as const,
  metrics: (boardId: string) => ['board', boardId, 'metrics'] as const,
  notifications: ['me', 'notifications'] as const,
  reviews: (portfolioId: string) => ['portfolio', portfolioId, 'reviews'] as const,
  reviewCadence: (portfolioId: string) => ['portfolio', portfolioId, 'review-cadence'] as const,
  review: (id: string) => ['review', id] as const,
  minutes: (reviewId: string) => ['review', reviewId, 'minutes'] as const,
  // Under the item's key: a change to the item refreshes the actions shown on its card.
  itemActions: (itemId: string) => ['item', itemId, 'actions'] as const,
  // Ideas, votes and followers (PRODUCT.md §11).
  myIdeas: ['me', 'ideas'] as const,
  declined: (boardId: string) => ['board', boardId, 'declined'] as const,
  intakeLinks: (boardId: string) => ['board', boardId, 'intake-links'] as const,
  intake: (token: string) => ['intake', token] as const,
  follow: (token: string) => ['follow', token] as const,
};

export function useSetupStatus() {
  return useQuery({ queryKey: keys.setup, queryFn: () => answer(api.GET('/api/v1/setup')), staleTime: Infinity });
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        return await answer(api.GET('/api/v1/auth/me'));
      } catch (error) {
        if (isProblem(error, 'unauthenticated')) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export const useUsers = () => useQuery({ queryKey: keys.users, queryFn: () => answer(api.GET('/api/v1/users')) });
export function useInvitations(portfolioId: string | null, enabled = true) {
  return useQuery({ queryKey: keys.invitations(portfolioId), queryFn: () => answer(api.GET('/api/v1/invitations', { params: { query: portfolioId ? { portfolioId } : {} } })), enabled });
}
export const usePortfolios = () => useQuery({ queryKey: keys.portfolios, queryFn: () => answer(api.GET('/api/v1/portfolios')) });

export function usePortfolio(id: string | undefined) {
  return useQuery({ queryKey: keys.portfolio(id ?? ''), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}', { params: { path: { id: id! } } })), enabled: !!id });
}

export function useMembers(portfolioId: string | undefined) {
  return useQuery({ queryKey: keys.members(portfolioId ?? ''), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/members', { params: { path: { id: portfolioId! } } })), enabled: !!portfolioId });
}

export function useRoles(portfolioId: string | undefined) {
  return useQuery({ queryKey: keys.roles(portfolioId ?? ''), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/roles', { params: { path: { id: portfolioId! } } })), enabled: !!portfolioId });
}

export const useBoard = (id: string) => useQuery({ queryKey: keys.board(id), queryFn: async (): Promise<Board> => withItemDefaults(await answer(api.GET('/api/v1/boards/{id}', { params: { path: { id } } }))) });

/** The board answer leaves out card fields at their usual value; the client's cards have them all. */
function withItemDefaults(board: BoardAnswer): Board {
  return { ...board, items: board.items.map((card) => withCardDefaults<BoardCard>(card)) };
}
/** An item; none asked for while `id` is undefined. */
export const useItem = (id: string | undefined) =>
  useQuery({ queryKey: keys.item(id ?? ''), queryFn: () => answer(api.GET('/api/v1/items/{id}', { params: { path: { id: id! } } })), enabled: id !== undefined });

/** An item's history; none asked for while `enabled` is false. */
export function useHistory(itemId: string, enabled = true) {
  return useQuery({ queryKey: keys.history(itemId), queryFn: () => answer(api.GET('/api/v1/items/{id}/history', { params: { path: { id: itemId } } })), enabled });
}

export const useComments = (itemId: string) => useQuery({ queryKey: keys.comments(itemId), queryFn: () => answer(api.GET('/api/v1/items/{id}/comments', { params: { path: { id: itemId } } })) });

export function useResponsibility(itemId: string) {
  return useQuery({ queryKey: keys.responsibility(itemId), queryFn: () => answer(api.GET('/api/v1/items/{id}/responsibility', { params: { path: { id: itemId } } })) });
}

export function useBoardResponsibility(boardId: string) {
  return useQuery({ queryKey: keys.boardResponsibility(boardId), queryFn: () => answer(api.GET('/api/v1/boards/{id}/responsibility', { params: { path: { id: boardId } } })) });
}

/** Whether the signed-in user holds a capability in a portfolio (authorization is always by capability). */
export function useCan(portfolioId: string | undefined) {
  const { data } = usePortfolio(portfolioId);
  const held = new Set(data?.myCapabilities ?? []);
  return (capability: string) => held.has(capability);
}

export function useGaps(portfolioId: string) {
  return useQuery({ queryKey: keys.gaps(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/responsibility/gaps', { params: { path: { id: portfolioId } } })) });
}

export function usePendingApprovals(portfolioId: string) {
  return useQuery({ queryKey: keys.approvals(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/approval-requests', { params: { path: { id: portfolioId }, query: { status: 'pending' } } })) });
}

export function useDecisions(portfolioId: string, search: string) {
  const q = search.trim();
  return useQuery({ queryKey: keys.decisions(portfolioId, q), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/decisions', { params: { path: { id: portfolioId }, query: q ? { q } : {} } })) });
}

export function usePolicyHistory(boardId: string, columnId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.policyHistory(boardId, columnId),
    queryFn: () => answer(api.GET('/api/v1/boards/{id}/columns/{columnId}/policy-history', { params: { path: { id: boardId, columnId } } })),
    enabled,
  });
}

/** Flow before and after one policy change; `windowDays` null lets the server choose (up to 30 days a side). */
export function usePolicyComparison(boardId: string, changeId: string, windowDays: number | null) {
  return useQuery({
    queryKey: keys.policyComparison(boardId, changeId, windowDays),
    queryFn: () => answer(api.GET('/api/v1/boards/{id}/policy-history/{changeId}/comparison', { params: { path: { id: boardId, changeId }, query: windowDays === null ? {} : { windowDays: String(windowDays) } } })),
  });
}

/**
 * Everything the signed-in person answers for. Read again each time the page shows, and while it shows, when a
 * notification comes in: each tells of a change to it (a decision on their request, a block to clear, an assignment).
 */
export function useMyResponsibilities() {
  const queryClient = useQueryClient();
  // Undefined until the list is read; null when it is empty.
  const notifications = useNotifications().data;
  const newest = notifications ? (notifications[0]?.id ?? null) : undefined;
  const seen = useRef(newest);
  useEffect(() => {
    if (newest === seen.current) return;
    const before = seen.current;
    seen.current = newest;
    // The list's first read tells of nothing new.
    if (before !== undefined && newest !== undefined) void queryClient.invalidateQueries({ queryKey: keys.myResponsibilities });
  }, [newest, queryClient]);
  return useQuery({ queryKey: keys.myResponsibilities, queryFn: () => answer(api.GET('/api/v1/me/responsibilities')), staleTime: 0 });
}

/**
 * Mentions, approvals, blocks…: polled, since they concern the person rather than the board on screen (whose socket
 * asks for them at once). Never taken as fresh: whoever opens the list sees what came in since the last poll.
 */
export const useNotifications = () =>
  useQuery({ queryKey: keys.notifications, queryFn: () => answer(api.GET('/api/v1/notifications', { params: { query: { limit: '50' } } })), refetchInterval: 15_000, staleTime: 0 });

export const useItemDecisions = (itemId: string) => useQuery({ queryKey: keys.itemDecisions(itemId), queryFn: () => answer(api.GET('/api/v1/items/{id}/decisions', { params: { path: { id: itemId } } })) });

export function useItemApprovals(itemId: string) {
  return useQuery({ queryKey: keys.itemApprovals(itemId), queryFn: () => answer(api.GET('/api/v1/items/{id}/approval-requests', { params: { path: { id: itemId } } })) });
}

export function useDelegations(portfolioId: string) {
  return useQuery({ queryKey: keys.delegations(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/delegations', { params: { path: { id: portfolioId }, query: { active: 'true' } } })) });
}
