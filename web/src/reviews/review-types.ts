/**
 * Portfolio reviews (PRODUCT.md §12) as the web app reads them, mirroring the server's types
 * (src/app/reviews.ts, src/app/review-actions.ts) until api/types.ts can take them from there.
 */
import type { Responsibility } from '../api/types';

/** Someone who answers for an entry now, and why ("item owner", "accountable for column Analyzing"). */
export type Answerable = { userId: string; name: string; reasons: string[] };

export type ReviewEntry = {
  id: string;
  position: number;
  section: string;
  /** The section's heading, in words: "Blocked items". */
  sectionTitle: string;
  /** What the entry is about: "E-4 Data platform". */
  title: string;
  /** Why it is on the agenda: "blocked for 6 days: waiting for the vendor". */
  detail: string;
  itemId: string | null;
  itemKey: string | null;
  boardId: string | null;
  columnId: string | null;
  themeId: string | null;
  actionId: string | null;
  requestId: string | null;
  responsible: Answerable[];
  /** The problem was gone at the last refresh; the entry stays because it has a note. */
  resolved: boolean;
  note: string | null;
};

export type ReviewAction = {
  id: string;
  portfolioId: string;
  reviewId: string;
  reviewTitle: string;
  entryId: string | null;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  /** A calendar day, YYYY-MM-DD. */
  dueDate: string | null;
  itemId: string | null;
  itemKey: string | null;
  itemTitle: string | null;
  boardId: string | null;
  done: boolean;
  version: number;
};

export type ReviewSummary = {
  id: string;
  portfolioId: string;
  title: string;
  status: 'open' | 'closed';
  facilitatorId: string | null;
  facilitatorName: string | null;
  startedAt: string;
  closedAt: string | null;
  version: number;
};

export type Review = ReviewSummary & {
  /** The entry the facilitator has open, which every participant follows. */
  positionEntryId: string | null;
  attendees: { userId: string; name: string }[];
  entries: ReviewEntry[];
  actions: ReviewAction[];
};

export const REVIEW_FREQUENCIES = ['weekly', 'fortnightly', 'monthly'] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];
/** A portfolio's review cadence; every field but `portfolioId` is null while none is set. ISO weekdays: 1 is Monday, 7 is Sunday. */
export type ReviewCadence = { portfolioId: string; frequency: ReviewFrequency | null; weekday: number | null; nextMeeting: string | null; version: number | null };
export type CadenceInput = { frequency: ReviewFrequency; weekday: number; version?: number };

/** `POST /portfolios/{id}/template` answers what the switch changes (or changed). */
export type TemplateChange = {
  template: { before: string; after: string };
  columns: { boardId: string; boardName: string; columnId: string; columnName: string; before: ColumnSide; after: ColumnSide }[];
  members: { userId: string; name: string; before: string[]; after: string[] }[];
};
export type ColumnSide = { responsibility: Responsibility; gate: boolean };
