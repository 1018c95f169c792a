/** What the web app sends about reviews, and the template switch's answer as it reads it. */
import type { Responsibility } from '../api/types';
export { REVIEW_FREQUENCIES, type ReviewFrequency } from '../../../src/domain/review-cadence';
import type { ReviewFrequency } from '../../../src/domain/review-cadence';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export type CadenceInput = { frequency: ReviewFrequency; weekday: number; version?: number };

/** `POST /portfolios/{id}/template` answers what the switch changes (or changed). */
export type TemplateChange = {
  template: { before: string; after: string };
  columns: { boardId: string; boardName: string; columnId: string; columnName: string; before: ColumnSide; after: ColumnSide }[];
  members: { userId: string; name: string; before: string[]; after: string[] }[];
};
export type ColumnSide = { responsibility: Responsibility; gate: boolean };
