import { useQuery } from '@tanstack/react-query';
import { withCardDefaults } from '../../../src/domain/card-defaults';
import { http, isProblem } from './http';
import type {
  ApprovalRequest, Board, BoardAnswer, BoardCard, BoardResponsibility, Comment, Decision, Delegation, Invitation, Item, ItemHistory, ItemResponsibility, Member, MyResponsibilities, Notification, PolicyComparison, PolicyVersion,
  Portfolio,
  ResponsibilityGaps, Role, User,
} from './types';

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
  return useQuery({ queryKey: keys.setup, queryFn: () => http.get<{ setUp: boolean }>('/setup'), staleTime: Infinity });
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        return await http.get<User>('/auth/me');
      } catch (error) {
        if (isProblem(error, 'unauthenticated')) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export const useUsers = () => useQuery({ queryKey: keys.users, queryFn: () => http.get<User[]>('/users') });
export function useInvitations(portfolioId: string | null, enabled = true) {
  return useQuery({ queryKey: keys.invitations(portfolioId), queryFn: () => http.get<Invitation[]>(`/invitations${portfolioId ? `?portfolioId=${portfolioId}` : ''}`), enabled });
}
export const usePortfolios = () => useQuery({ queryKey: keys.portfolios, queryFn: () => http.get<Portfolio[]>('/portfolios') });

export function usePortfolio(id: string | undefined) {
  return useQuery({ queryKey: keys.portfolio(id ?? ''), queryFn: () => http.get<Portfolio>(`/portfolios/${id}`), enabled: !!id });
}

export function useMembers(portfolioId: string | undefined) {
  return useQuery({ queryKey: keys.members(portfolioId ?? ''), queryFn: () => http.get<Member[]>(`/portfolios/${portfolioId}/members`), enabled: !!portfolioId });
}

export function useRoles(portfolioId: string | undefined) {
  return useQuery({ queryKey: keys.roles(portfolioId ?? ''), queryFn: () => http.get<Role[]>(`/portfolios/${portfolioId}/roles`), enabled: !!portfolioId });
}

export const useBoard = (id: string) => useQuery({ queryKey: keys.board(id), queryFn: async (): Promise<Board> => withItemDefaults(await http.get<BoardAnswer>(`/boards/${id}`)) });

/** The board answer leaves out card fields at their usual value; the client's cards have them all. */
function withItemDefaults(board: BoardAnswer): Board {
  return { ...board, items: board.items.map((card) => withCardDefaults<BoardCard>(card)) };
}
export const useItem = (id: string) => useQuery({ queryKey: keys.item(id), queryFn: () => http.get<Item>(`/items/${id}`) });

export function useHistory(itemId: string) {
  return useQuery({ queryKey: keys.history(itemId), queryFn: () => http.get<ItemHistory>(`/items/${itemId}/history`) });
}

export const useComments = (itemId: string) => useQuery({ queryKey: keys.comments(itemId), queryFn: () => http.get<Comment[]>(`/items/${itemId}/comments`) });

export function useResponsibility(itemId: string) {
  return useQuery({ queryKey: keys.responsibility(itemId), queryFn: () => http.get<ItemResponsibility>(`/items/${itemId}/responsibility`) });
}

export function useBoardResponsibility(boardId: string) {
  return useQuery({ queryKey: keys.boardResponsibility(boardId), queryFn: () => http.get<BoardResponsibility>(`/boards/${boardId}/responsibility`) });
}

/** Whether the signed-in user holds a capability in a portfolio (authorization is always by capability). */
export function useCan(portfolioId: string | undefined) {
  const { data } = usePortfolio(portfolioId);
  const held = new Set(data?.myCapabilities ?? []);
  return (capability: string) => held.has(capability);
}

export function useGaps(portfolioId: string) {
  return useQuery({ queryKey: keys.gaps(portfolioId), queryFn: () => http.get<ResponsibilityGaps>(`/portfolios/${portfolioId}/responsibility/gaps`) });
}

export function usePendingApprovals(portfolioId: string) {
  return useQuery({ queryKey: keys.approvals(portfolioId), queryFn: () => http.get<ApprovalRequest[]>(`/portfolios/${portfolioId}/approval-requests?status=pending`) });
}

export function useDecisions(portfolioId: string, search: string) {
  const query = search.trim() ? `?q=${encodeURIComponent(search.trim())}` : '';
  return useQuery({ queryKey: keys.decisions(portfolioId, search.trim()), queryFn: () => http.get<Decision[]>(`/portfolios/${portfolioId}/decisions${query}`) });
}

export function usePolicyHistory(boardId: string, columnId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.policyHistory(boardId, columnId),
    queryFn: () => http.get<PolicyVersion[]>(`/boards/${boardId}/columns/${columnId}/policy-history`),
    enabled,
  });
}

/** Flow before and after one policy change; `windowDays` null lets the server choose (up to 30 days a side). */
export function usePolicyComparison(boardId: string, changeId: string, windowDays: number | null) {
  return useQuery({
    queryKey: keys.policyComparison(boardId, changeId, windowDays),
    queryFn: () => http.get<PolicyComparison>(`/boards/${boardId}/policy-history/${changeId}/comparison${windowDays === null ? '' : `?windowDays=${windowDays}`}`),
  });
}

export const useMyResponsibilities = () => useQuery({ queryKey: keys.myResponsibilities, queryFn: () => http.get<MyResponsibilities>('/me/responsibilities') });

/** Mentions, approvals, blocks…: polled, since they concern the person rather than the board on screen. */
export const useNotifications = () =>
  useQuery({ queryKey: keys.notifications, queryFn: () => http.get<Notification[]>('/notifications?limit=50'), refetchInterval: 30_000 });

export const useItemDecisions = (itemId: string) => useQuery({ queryKey: keys.itemDecisions(itemId), queryFn: () => http.get<Decision[]>(`/items/${itemId}/decisions`) });

export function useItemApprovals(itemId: string) {
  return useQuery({ queryKey: keys.itemApprovals(itemId), queryFn: () => http.get<ApprovalRequest[]>(`/items/${itemId}/approval-requests`) });
}

export function useDelegations(portfolioId: string) {
  return useQuery({ queryKey: keys.delegations(portfolioId), queryFn: () => http.get<Delegation[]>(`/portfolios/${portfolioId}/delegations?active=true`) });
}
