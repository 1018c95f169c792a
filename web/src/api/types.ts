/** The API's shapes, taken from the server's own types so that client and server agree by construction. */
export type { User } from '../../../src/app/accounts';
export type { Column, Swimlane, BoardSettings } from '../../../src/app/boards';
import type { Board as BoardAnswer } from '../../../src/app/boards';
import type { BoardCard } from '../../../src/app/board-card';
export type { BoardAnswer, BoardCard };
/** A board as the client keeps it: each card with the fields the answer left out at their usual value (useBoard). */
export type Board = Omit<BoardAnswer, 'items'> & { items: BoardCard[] };
// Items as the API presents them: with roll-up, dependencies both ways, and open blockers.
export type { ItemView as Item, LinkedItem } from '../../../src/app/item-view';
export type { PortfolioItemSummary } from '../../../src/app/portfolio-items';
export type { Portfolio } from '../../../src/app/portfolios';
export type { Member } from '../../../src/app/members';
export type { Invitation, InvitationPreview } from '../../../src/app/invitations';
export type { Role } from '../../../src/app/roles';
export type { Comment } from '../../../src/app/comments';
export type { Transition, BlockPeriod, FieldChange, ItemHistory } from '../../../src/app/history';
export type { BoardResponsibility, ItemResponsibility } from '../../../src/app/responsibility';
export type { BoardEvent } from '../../../src/app/board-events';
export type { Capability } from '../../../src/domain/capabilities';
export type { Principal, Responsibility, ColumnKind } from '../../../src/domain/board-templates';
export type { ResponsibilityGaps } from '../../../src/app/gaps';
export type { ApprovalRequest, Decision } from '../../../src/app/approvals';
export type { MyResponsibilities } from '../../../src/app/my-responsibilities';
export type { PolicyVersion } from '../../../src/app/policy-history';
export type { PolicyComparison } from '../../../src/app/policy-comparison';
export type { MetricsDocument } from '../../../src/domain/metrics/metrics-document';
export type { PortfolioMetricsDocument as PortfolioMetrics, PhaseCounts } from '../../../src/domain/metrics';
export type { ForecastDocument } from '../../../src/domain/forecast';
export type { MoveResult } from '../../../src/app/moves';
export type { Notification } from '../../../src/app/notifications';
export type { Delegation } from '../../../src/app/delegations';
// Strategy and prioritisation (PRODUCT.md §4).
export type { Theme, KeyResult, ThemeInput } from '../../../src/app/themes';
export type { ValueStream, Budget, ValueStreamInput } from '../../../src/app/value-streams';
export type { PortfolioAllocation, NamedAllocation } from '../../../src/app/allocation';
export type { DependencyNode, DependencyEdge } from '../../../src/app/dependencies';
export type { Roadmap, RoadmapGroup, RoadmapItem, RoadmapGroupBy } from '../../../src/app/roadmap';
export type { RankedEntry, EstimationEntry, WsjfInput, WsjfScore } from '../../../src/app/wsjf-ranking';
export type { DueDateRisk } from '../../../src/domain/strategy';
// Getting work in and out (PRODUCT.md §13).
export type { Webhook, Delivery, DeliveryAttempt } from '../../../src/app/webhooks';
export type { ImportResult } from '../../../src/app/imports';
export type { ImportJob } from '../../../src/app/import-jobs';
export type { ImportReport } from '../../../src/domain/importers/import-plan';
// Portfolio reviews (PRODUCT.md §12).
export type { Review, ReviewSummary, ReviewEntry, ReviewDecision } from '../../../src/app/reviews';
export type { ReviewAction } from '../../../src/app/review-actions';
export type { ReviewCadence } from '../../../src/app/review-cadence';
export type { Answerable } from '../../../src/domain/review-agenda';
export type { TemplateSwitch } from '../../../src/app/template-switch';
export type { ColumnPlan } from '../../../src/domain/template-switch';
// Ideas, votes and followers (PRODUCT.md §11).
export type { IntakeLink, FollowStatus as FollowedIdea } from '../../../src/app/intake';
export type { MyIdea } from '../../../src/app/ideas';
export type { ClosedItem as DeclinedIdea } from '../../../src/app/triage';
