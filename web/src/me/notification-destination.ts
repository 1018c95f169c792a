import type { Notification } from '../api/types';
import { APPROVAL_SECTION } from '../card/ApprovalSection';
import { boardLink, itemLinkFromPage, portfolioLink, reviewLink, type PortfolioSection } from '../shell/paths';

/** Approval requests and decisions open the card at its approval section, where they are answered and shown. */
const sectionFor = (n: Notification) => (n.kind === 'approval_requested' || n.kind === 'decision' ? APPROVAL_SECTION : undefined);

/** Where a notice about no card is dealt with: the portfolio's section that shows what it tells of. */
const PORTFOLIO_SECTION_OF: Partial<Record<Notification['kind'], PortfolioSection>> = { delegation: 'delegations', review_reminder: 'reviews', webhook_paused: 'integrations', guardrail: 'strategy' };

/** Where a notice leads: its card (at the part it concerns), its board, its review, or its portfolio's section. */
export function destinationOf(n: Notification) {
  if (n.boardId) return n.itemId ? itemLinkFromPage(n.boardId, n.itemId, sectionFor(n)) : boardLink(n.boardId);
  if (!n.portfolioId) return null;
  if (n.kind === 'review_action' && typeof n.data.reviewId === 'string') return reviewLink(n.portfolioId, n.data.reviewId);
  const section = PORTFOLIO_SECTION_OF[n.kind];
  return section ? portfolioLink(n.portfolioId, section) : null;
}

