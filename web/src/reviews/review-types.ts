/** What the web app sends about reviews, and the template switch's answer as it reads it. */
import type { Responsibility } from '../api/types';
export { REVIEW_FREQUENCIES, type ReviewFrequency } from '../../../src/domain/review-cadence';
import type { ReviewFrequency } from '../../../src/domain/review-cadence';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export type CadenceInput = { frequency: ReviewFrequency; weekday: number; version?: number };

/** `POST /portfolios/{id}/template` answers what the switch changes (dry run) or changed. */
export type TemplateChange = {
  from: string;
  to: string;
  gatesEnabled: Change<boolean>;
  columns: { columnId: string; boardId: string; boardName: string; name: string; before: ColumnSide; after: ColumnSide; changed: boolean }[];
  members: { userId: string; name: string; roles: Change<string[]>; accountableFor: Change<string[]> }[];
  /** The portfolio's version the answer describes: applying sends it back, and a change meanwhile is refused. */
  version: number;
};
type Change<T> = { before: T; after: T };
export type ColumnSide = { gate: boolean; responsibility: Responsibility; accountable: { userId: string; name: string }[] };
