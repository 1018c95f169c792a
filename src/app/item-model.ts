import { renderMarkdown } from '../domain/markdown';
import { byteBoundedCache } from './byte-bounded-cache';
import { costOfDelay, wsjfScore, type WsjfInputs } from '../domain/wsjf';
import type { Db } from '../store/store';
import { readJson } from './json';

export const CLASSES_OF_SERVICE = ['expedite', 'fixed_date', 'standard', 'intangible'] as const;

export const HYPOTHESIS_FIELDS = [
  'for', 'who', 'the', 'isA', 'that', 'unlike', 'ourSolution',
  'businessOutcomes', 'leadingIndicators', 'nonFunctionalRequirements',
] as const;

export const BUSINESS_CASE_FIELDS = [
  'inScope', 'outOfScope', 'mvpFeatures', 'sponsors', 'affectedUsersAndMarkets',
  'analysisSummary', 'implementationStrategy', 'sequencingAndDependencies',
] as const;

export type Item = {
  id: string;
  key: string;
  portfolioId: string;
  boardId: string;
  columnId: string;
  rank: string;
  title: string;
  description: string;
  /** The description rendered from Markdown to HTML that is safe to insert into a page. */
  descriptionHtml: string;
  ownerId: string | null;
  assigneeIds: string[];
  tags: string[];
  classOfService: string;
  themes: string[];
  valueStream: string | null;
  dueDate: string | null;
  wsjf: WsjfInputs & { costOfDelay: number | null; score: number | null };
  hypothesis: Record<string, string>;
  businessCase: Record<string, string>;
  parentId: string | null;
  dependsOn: string[];
  checkedCriteria: string[];
  blocked: boolean;
  block: { id: string; reason: string; since: string; blockedBy: string | null; resolverId: string | null } | null;
  enteredColumnAt: string;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  version: number;
} & Participation;

export const IDEA_SOURCE = 'idea';
export const CLOSED_AS = ['declined', 'merged'] as const;
export type ClosedAs = (typeof CLOSED_AS)[number];

/**
 * What ideas, votes and followers add to every item (PRODUCT.md §11). `source` is "idea" for an item
 * proposed as an idea and null for any other; `submittedBy` is the member who proposed it, or null for a
 * guest's idea, whose name is `submittedByGuest`. `votedByMe` and `followedByMe` are the reader's own.
 * `closed` is set once the item was declined or merged (it is then off its board).
 */
export type Participation = {
  source: typeof IDEA_SOURCE | null;
  submittedBy: string | null;
  submittedByGuest: string | null;
  votes: number;
  votedByMe: boolean;
  followers: number;
  followedByMe: boolean;
  closed: { as: ClosedAs; reason: string | null; by: string | null; at: string; mergedIntoId: string | null } | null;
};

/** Items with their open block, if any: one query whatever the number of items. */
export function selectItems(db: Db) {
  return db
    .selectFrom('items')
    .leftJoin('block_periods as open_block', (join) => join.onRef('open_block.item_id', '=', 'items.id').on('open_block.to_at', 'is', null))
    .selectAll('items')
    .select([
      'open_block.id as block_id',
      'open_block.reason as block_reason',
      'open_block.from_at as block_from',
      'open_block.blocked_by as block_by',
      'open_block.resolver_id as block_resolver',
    ]);
}

export type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['executeTakeFirstOrThrow']>>;

/**
 * Rendered descriptions by their Markdown. Rendering is the dearest part of reading an item, lists read
 * many, and descriptions rarely change: the latest renderings are kept within MARKDOWN_CACHE_MB, the least
 * recently used dropped first.
 */
export const DEFAULT_MARKDOWN_CACHE_MB = 8;
let markdownCacheBytes = DEFAULT_MARKDOWN_CACHE_MB * 2 ** 20;
const renderedDescriptions = byteBoundedCache<string, string>(() => markdownCacheBytes);

/** Bounds the memory the kept renderings take (the MARKDOWN_CACHE_MB setting). */
export function limitMarkdownCache(megabytes: number): void {
  markdownCacheBytes = megabytes * 2 ** 20;
}

function renderDescription(markdown: string): string {
  const kept = renderedDescriptions.get(markdown);
  if (kept !== undefined) return kept;
  const html = renderMarkdown(markdown);
  // Two bytes a character: a text with any character beyond Latin-1 is kept in two-byte form.
  renderedDescriptions.set(markdown, html, (markdown.length + html.length) * 2);
  return html;
}

/**
 * An item as a board's card needs it: its description is left unrendered (`descriptionHtml` empty), as a
 * card shows none (board-card.ts) — rendering ten thousand descriptions was most of reading a large board.
 */
export const toCardItem = (row: ItemRow): Item => itemOf(row, '');

export const toItem = (row: ItemRow): Item => itemOf(row, renderDescription(row.description));

function itemOf(row: ItemRow, descriptionHtml: string): Item {
  const wsjf = readJson<WsjfInputs>(row.wsjf);
  return {
    id: row.id,
    key: row.key,
    portfolioId: row.portfolio_id,
    boardId: row.board_id,
    columnId: row.column_id,
    rank: row.rank,
    title: row.title,
    description: row.description,
    descriptionHtml,
    ownerId: row.owner_id,
    assigneeIds: readJson(row.assignee_ids),
    tags: readJson(row.tags),
    classOfService: row.class_of_service,
    themes: readJson(row.themes),
    valueStream: row.value_stream,
    dueDate: row.due_date,
    wsjf: { ...wsjf, costOfDelay: costOfDelay(wsjf), score: wsjfScore(wsjf) },
    hypothesis: readJson(row.hypothesis),
    businessCase: readJson(row.business_case),
    parentId: row.parent_id,
    dependsOn: readJson(row.depends_on),
    checkedCriteria: readJson(row.checked_criteria),
    blocked: row.block_id !== null,
    block: row.block_id === null
      ? null
      : { id: row.block_id, reason: row.block_reason ?? '', since: row.block_from ?? '', blockedBy: row.block_by, resolverId: row.block_resolver },
    enteredColumnAt: row.entered_column_at,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    version: row.version,
    source: row.source === IDEA_SOURCE ? IDEA_SOURCE : null,
    submittedBy: row.submitted_by,
    submittedByGuest: row.submitted_by_guest,
    votes: Number(row.votes),
    votedByMe: false,
    followers: Number(row.followers),
    followedByMe: false,
    closed: row.closed_at === null
      ? null
      : { as: row.closed_as as ClosedAs, reason: row.close_reason, by: row.closed_by, at: row.closed_at, mergedIntoId: row.merged_into_id },
  };
}
