/**
 * The API's shapes, taken from the OpenAPI document (schema.d.ts, `npm run generate:client`) so that the web app
 * reads the answers the server documents, and a change to them fails the client's type check.
 */
import type { CardDefaultField } from '../../../src/domain/card-defaults';
import type { components, operations } from './schema';

type Schemas = components['schemas'];
/** The JSON body an operation takes. */
export type RequestBody<Operation extends keyof operations> = NonNullable<operations[Operation]['requestBody']>['content']['application/json'];
/** The query parameters an operation takes. */
export type Query<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

export type User = Schemas['User'];
export type Column = Schemas['Column'];
export type BoardSettings = Schemas['BoardSettings'];
export type BoardAnswer = Schemas['Board'];
export type Swimlane = BoardAnswer['swimlanes'][number];
type CompactBoardCard = BoardAnswer['items'][number];
/** A card with the fields the board answer leaves out at their usual value put back (src/domain/card-defaults.ts). */
export type BoardCard = Omit<CompactBoardCard, CardDefaultField> & Required<Pick<CompactBoardCard, CardDefaultField>>;
/** A board as the client keeps it: each card with the fields the answer left out at their usual value (useBoard). */
export type Board = Omit<BoardAnswer, 'items'> & { items: BoardCard[] };
// Items as the API presents them: with roll-up, dependencies both ways, and open blockers.
export type Item = Schemas['Item'];
export type LinkedItem = Item['blockedBy'][number];
export type PortfolioItemSummary = Schemas['PortfolioItemSummary'];
export type Portfolio = Schemas['Portfolio'];
export type Member = Schemas['Member'];
export type MemberWithGuidelines = Schemas['MemberWithGuidelines'];
export type Invitation = Schemas['Invitation'];
export type InvitationPreview = Schemas['InvitationPreview'];
export type Role = Schemas['Role'];
export type Comment = Schemas['Comment'];
export type ItemHistory = Schemas['ItemHistory'];
export type Transition = ItemHistory['transitions'][number];
export type BlockPeriod = ItemHistory['blocks'][number];
export type FieldChange = ItemHistory['changes'][number];
export type BoardResponsibility = Schemas['BoardResponsibility'];
export type ItemResponsibility = Schemas['ItemResponsibility'];
export type ResponsibilityGaps = Schemas['ResponsibilityGaps'];
export type ApprovalRequest = Schemas['ApprovalRequest'];
export type Decision = Schemas['Decision'];
export type MyResponsibilities = Schemas['MyResponsibilities'];
export type PolicyVersion = Schemas['PolicyVersion'];
export type PolicyComparison = Schemas['PolicyComparison'];
export type MetricsDocument = Schemas['MetricsDocument'];
export type PortfolioMetrics = Schemas['PortfolioMetrics'];
export type PhaseCounts = PortfolioMetrics['cfd'][number]['counts'];
export type ForecastDocument = Schemas['ForecastDocument'];
export type MoveResult = Schemas['MoveResult'];
export type Notification = Schemas['Notification'];
export type Delegation = Schemas['Delegation'];
// The board's live changes come over its WebSocket, which the OpenAPI document does not describe.
export type { BoardEvent } from '../../../src/domain/board-event';
export type { Capability } from '../../../src/domain/capabilities';
export type { Principal, Responsibility, ColumnKind } from '../../../src/domain/board-templates';
// Strategy and prioritisation (PRODUCT.md §4).
export type Theme = Schemas['Theme'];
export type KeyResult = Theme['keyResults'][number];
/** The fields a theme's form sends, created or changed (a change adds the version read). */
export type ThemeInput = Omit<RequestBody<'updateTheme'>, 'version'>;
export type ValueStream = Schemas['ValueStream'];
export type Budget = NonNullable<ValueStream['budget']>;
export type ValueStreamInput = Omit<RequestBody<'updateValueStream'>, 'version'>;
export type PortfolioAllocation = Schemas['PortfolioAllocation'];
export type NamedAllocation = PortfolioAllocation['themes'][number];
export type DependencyNode = Schemas['DependencyGraph']['nodes'][number];
export type DependencyEdge = Schemas['DependencyGraph']['edges'][number];
export type Roadmap = Schemas['Roadmap'];
export type RoadmapGroup = Roadmap['groups'][number];
export type RoadmapItem = RoadmapGroup['items'][number];
export type RoadmapGroupBy = Roadmap['groupBy'];
export type RankedEntry = Schemas['ColumnRanking']['order'][number];
export type EstimationEntry = Schemas['WsjfEstimation']['items'][number];
export type WsjfInput = Schemas['WsjfEstimation']['input'];
export type WsjfScore = Schemas['WsjfScore'];
export type { DueDateRisk } from '../../../src/domain/strategy';
// Getting work in and out (PRODUCT.md §13).
export type Webhook = Schemas['Webhook'];
export type Delivery = Schemas['Delivery'];
export type DeliveryAttempt = Delivery['attempts'][number];
export type ImportResult = Schemas['ImportResult'];
export type ImportJob = Schemas['ImportJob'];
export type { ImportReport } from '../../../src/domain/importers/import-plan';
// Portfolio reviews (PRODUCT.md §12).
export type Review = Schemas['Review'];
export type ReviewSummary = Schemas['ReviewSummary'];
export type ReviewEntry = Schemas['ReviewEntry'];
export type ReviewDecision = Review['decisions'][number];
export type ReviewAction = Schemas['ReviewAction'];
export type ReviewCadence = Schemas['ReviewCadence'];
export type { Answerable } from '../../../src/domain/review-agenda';
export type TemplateSwitch = Schemas['TemplateSwitch'];
export type { ColumnPlan } from '../../../src/domain/template-switch';
// Ideas, votes and followers (PRODUCT.md §11).
export type IntakeLink = Schemas['IntakeLink'];
export type FollowedIdea = Schemas['FollowStatus'];
export type MyIdea = Schemas['MyIdea'];
export type DeclinedIdea = Schemas['ClosedItem'];
