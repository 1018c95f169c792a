/**
 * What the API answers, by the name its schema has in the OpenAPI document (`components.schemas`).
 * The answers are the application's own types: `npm run generate:schemas` turns this list into
 * answer-schemas.json (a test keeps it fresh), and each route declares its answer by name (answer-schemas.ts).
 */
import type { ApiToken, User } from '../app/accounts';
import type { PortfolioAllocation } from '../app/allocation';
import type { ApprovalRequest, Decision, DecisionOutcome } from '../app/approvals';
import type { AuditEvent } from '../app/audit-log';
import type { Board, BoardSettings, Column } from '../app/boards';
import type { Comment } from '../app/comments';
import type { Delegation } from '../app/delegations';
import type { DependencyEdge, DependencyNode } from '../app/dependencies';
import type { ResponsibilityGaps } from '../app/gaps';
import type { ChildView } from '../app/hierarchy';
import type { ItemHistory } from '../app/history';
import type { MyIdea } from '../app/ideas';
import type { ImportJob } from '../app/import-jobs';
import type { ImportResult } from '../app/imports';
import type { FollowStatus, IntakeLink } from '../app/intake';
import type { Invitation, InvitationPreview } from '../app/invitations';
import type { ItemView } from '../app/item-view';
import type { ItemResult } from '../app/items';
import type { Member, MemberWithGuidelines } from '../app/members';
import type { MoveResult } from '../app/moves';
import type { Membership, MyResponsibilities } from '../app/my-responsibilities';
import type { Notification } from '../app/notifications';
import type { PolicyComparison } from '../app/policy-comparison';
import type { PolicyVersion } from '../app/policy-history';
import type { PortfolioItemSummary } from '../app/portfolio-items';
import type { Portfolio } from '../app/portfolios';
import type { BoardResponsibility, ItemResponsibility } from '../app/responsibility';
import type { ReviewAction } from '../app/review-actions';
import type { ReviewCadence } from '../app/review-cadence';
import type { Review, ReviewEntry, ReviewSummary } from '../app/reviews';
import type { Role } from '../app/roles';
import type { Roadmap } from '../app/roadmap';
import type { TemplateSwitch } from '../app/template-switch';
import type { Theme } from '../app/themes';
import type { ClosedItem } from '../app/triage';
import type { ValueStream } from '../app/value-streams';
import type { Delivery, Webhook } from '../app/webhooks';
import type { EstimationEntry, RankedEntry, WsjfInput, WsjfScore } from '../app/wsjf-ranking';
import type { ErrorCode } from '../domain/errors';
import type { FlowHistory } from '../domain/flow-history';
import type { ForecastDocument } from '../domain/forecast';
import type { MetricsDocument } from '../domain/metrics/metrics-document';
import type { PortfolioMetricsDocument } from '../domain/metrics';
import type { WSJF_SCALE } from '../domain/wsjf';

export type Answers = {
  // Accounts and people
  SetupState: { setUp: boolean };
  User: User;
  Session: { user: User; expiresAt: string };
  SignInOptions: { password: boolean; oidc: { enabled: boolean; loginUrl: string | null } };
  ApiToken: ApiToken;
  CreatedApiToken: ApiToken & { token: string };
  Invitation: Invitation;
  CreatedInvitation: Invitation & {
    /** The invitation link: shown once, never stored. */
    url: string;
    /** True when SMTP_URL is set and the link is being e-mailed to the address. */
    emailed: boolean;
  };
  InvitationPreview: InvitationPreview;
  Acceptance: { user: User };
  OneTimeLink: {
    /** Shown once; opens the page that uses it. */
    url: string;
    expiresAt: string;
  };
  // Portfolios, members and roles
  Portfolio: Portfolio;
  TemplateSwitch: TemplateSwitch;
  MemberWithGuidelines: MemberWithGuidelines;
  Member: Member;
  Membership: Membership;
  Role: Role;
  AuditEvent: AuditEvent;
  // Boards and items
  BoardSettings: BoardSettings;
  Board: Board;
  Column: Column;
  PortfolioItemSummary: PortfolioItemSummary;
  Item: ItemView;
  ItemWithWarnings: ItemResult;
  MoveResult: MoveResult;
  ItemHistory: ItemHistory;
  Comment: Comment;
  ChildItem: ChildView;
  // Responsibility and decisions
  BoardResponsibility: BoardResponsibility;
  ItemResponsibility: ItemResponsibility;
  ResponsibilityGaps: ResponsibilityGaps;
  Delegation: Delegation;
  PolicyVersion: PolicyVersion;
  PolicyComparison: PolicyComparison;
  MyResponsibilities: MyResponsibilities;
  ApprovalRequest: ApprovalRequest;
  Decision: Decision;
  DecisionOutcome: DecisionOutcome;
  Notification: Notification;
  MarkedRead: { marked: number };
  // Flow metrics and forecasts
  MetricsDocument: MetricsDocument;
  PortfolioMetrics: PortfolioMetricsDocument;
  ForecastDocument: ForecastDocument;
  /** PRODUCT.md §7: portfolio-kanban/flow-history@1. */
  FlowHistory: FlowHistory;
  // Strategy and prioritisation
  Theme: Theme;
  ValueStream: ValueStream;
  PortfolioAllocation: PortfolioAllocation;
  ColumnRanking: { columnId: string; order: RankedEntry[] };
  WsjfEstimation: { columnId: string; input: WsjfInput; scale: typeof WSJF_SCALE; items: EstimationEntry[] };
  WsjfScore: WsjfScore;
  DependencyGraph: { nodes: DependencyNode[]; edges: DependencyEdge[] };
  Roadmap: Roadmap;
  // Getting work in and out
  // A large import's job is answered as the ImportJob itself (202), never inside a result.
  ImportResult: Exclude<ImportResult, { job: ImportJob }>;
  ImportJob: ImportJob;
  Webhook: Webhook;
  CreatedWebhook: Webhook & { secret: string };
  Delivery: Delivery;
  Redelivery: { id: string; state: string };
  // Reviews
  Review: Review;
  ReviewSummary: ReviewSummary;
  ReviewEntry: ReviewEntry;
  ReviewPosition: { reviewId: string; positionEntryId: string | null };
  ReviewAction: ReviewAction;
  ReviewCadence: ReviewCadence;
  // Ideas, votes and followers
  MyIdea: MyIdea;
  ClosedItem: ClosedItem;
  IntakeLink: IntakeLink;
  IntakeForm: { open: true; label: string };
  GuestIdeaReceipt: {
    followUrl: string;
    /** True when SMTP_URL is set: the guest is e-mailed when the idea changes column, gets a decision or is done. */
    emailed: boolean;
  };
  FollowStatus: FollowStatus;
  // Meta
  ProblemCode: { code: ErrorCode; status: number; title: string };
};
