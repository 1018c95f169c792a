import type { ColumnKind } from '../board-templates';
import { FLOW_HISTORY_FORMAT, type FlowHistory, type FlowItem } from '../flow-history';
import { parseInstant } from '../flow-history/iso-time';

/** A user of the instance whom imported people may be matched to. */
export type Person = { id: string; email: string; name: string };
/** Someone a source file names: any of an e-mail, a user name and a full name. */
export type SourcePerson = { email?: string | null; username?: string | null; name?: string | null };

export type SourceComment = { author: SourcePerson | null; body: string; at: string };

/** One card or issue as a source file tells it: statuses by their source names, instants in any offset. */
export type SourceItem = {
  key: string;
  title: string;
  createdAt: string;
  /** The status or list it started in. */
  initialStatus: string;
  transitions: { to: string; at: string }[];
  blocks: { from: string; to: string | null; reason: string }[];
  description: string;
  owner: SourcePerson | null;
  tags: string[];
  dueDate: string | null;
  comments: SourceComment[];
};

/** What the product keeps of an item beyond its flow. */
export type ItemDetails = {
  description: string;
  ownerId: string | null;
  tags: string[];
  dueDate: string | null;
  comments: { authorId: string | null; body: string; at: string }[];
};

export type ImportReport = {
  columns: { key: string; name: string; kind: ColumnKind; from: string[] }[];
  items: number;
  /** Source statuses the mapping does not name: each got a column of its own. */
  unmappedStatuses: string[];
  people: { source: string; userId: string | null; name: string | null }[];
  warnings: string[];
};

export type ImportPlan = { history: FlowHistory; details: Map<string, ItemDetails>; report: ImportReport };

/**
 * Work on a file, item by item, that stops now and then to say how many items it has been through:
 * a large import runs it in slices so that the server answers other requests in between.
 */
export type PlanSteps = Generator<number, ImportPlan, void>;

/** How many items a slice of planning goes through before it offers to pause. */
export const ITEMS_PER_STEP = 250;

/** Converts each source in turn, offering to pause every few items with the count so far (after `before` items of earlier work). */
export function* mapInSteps<T, U>(sources: readonly T[], convert: (source: T, index: number) => U, before = 0): Generator<number, U[], void> {
  const converted: U[] = [];
  for (const [index, source] of sources.entries()) {
    converted.push(convert(source, index));
    if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield before + index + 1;
  }
  return converted;
}

/** Runs the steps through without pausing. */
export function planAtOnce(steps: PlanSteps): ImportPlan {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
export type ImportMapping = { columns?: Record<string, string>; fields?: Record<string, string> };

/** What every importer is told besides the file: the mapping, the users, and the new board's name if not the file's. */
export type PlanOptions = { mapping?: ImportMapping; people: readonly Person[]; boardName?: string };

/**
 * How an importer names items the source gives no key of ours: the portfolio's prefix, numbered on from `firstNumber`
 * (the numbers the portfolio set aside for the import), so that keys stay unique in the portfolio (PRODUCT.md §1).
 */
export type KeyNumbering = { keyPrefix: string; firstNumber: number };

/** The key made for the source's `index`th item (from 0). */
export const madeKey = (numbering: KeyNumbering, index: number): string => `${numbering.keyPrefix}-${numbering.firstNumber + index}`;

/** The highest number among keys of the form `PREFIX-number`, 0 if none: numbers made after it repeat none of them. */
export function highestKeyNumber(keyPrefix: string, keys: Iterable<string>): number {
  const pattern = new RegExp(`^${keyPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  let highest = 0;
  // A loop, not Math.max(...keys): spreading a hundred thousand arguments exhausts the call stack.
  for (const key of keys) highest = Math.max(highest, Number(pattern.exec(key)?.[1] ?? 0));
  return highest;
}

/**
 * The plan with the items whose keys the portfolio already uses (`taken`) named anew, in their order, from
 * `numbering`, so that a key stays unique in its portfolio (PRODUCT.md §1); the report says which were renamed.
 */
export function withFreeKeys(plan: ImportPlan, taken: ReadonlySet<string>, numbering: KeyNumbering): ImportPlan {
  const renamed = new Map<string, string>();
  for (const item of plan.history.items) if (taken.has(item.key)) renamed.set(item.key, madeKey(numbering, renamed.size));
  if (renamed.size === 0) return plan;
  const keyOf = (key: string) => renamed.get(key) ?? key;
  const SHOWN = 5;
  const shown = [...renamed].slice(0, SHOWN).map(([from, to]) => `${from} becomes ${to}`).join(', ');
  const more = renamed.size > SHOWN ? ` and ${renamed.size - SHOWN} more` : '';
  const warning = `${renamed.size === 1 ? "1 of the file's keys is" : `${renamed.size} of the file's keys are`} already used in this portfolio, so ${renamed.size === 1 ? 'its item gets' : 'their items get'} a new key: ${shown}${more}.`;
  return {
    history: { ...plan.history, items: plan.history.items.map((item) => (renamed.has(item.key) ? { ...item, key: keyOf(item.key) } : item)) },
    details: new Map([...plan.details].map(([key, details]) => [keyOf(key), details])),
    report: { ...plan.report, warnings: [...plan.report.warnings, warning] },
  };
}

/** A source column in workflow order, with the kind it suggests. */
export type SourceColumn = { name: string; kind: ColumnKind };

/** A problem with the file itself, at a path like `cards[3].idList`. */
export class ImportFileError extends Error {
  constructor(readonly errors: { field: string; message: string }[]) {
    super(errors.map((error) => `${error.field}: ${error.message}`).join('; '));
  }
}

const slug = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'column';

/** An instant in UTC from any ISO-8601 text with an offset; null for anything else. */
export function utcInstant(text: string | null | undefined): string | null {
  if (!text) return null;
  const ms = parseInstant(text);
  return ms === null ? null : new Date(ms).toISOString();
}

const DONE_NAMES = /\b(done|complete|completed|closed|shipped|released|resolved|finished)\b/i;

/** Names of statuses where work waits before anyone starts it. */
const WAITING_NAMES = /^(to ?do|backlog|open|new|planned|not started|inbox|ideas?|funnel|intake)$/i;

/** A kind for a column known only by its name and place: done by its name, else the first a queue, the rest active. */
export function kindByName(name: string, index: number): ColumnKind {
  if (DONE_NAMES.test(name)) return 'done';
  return index === 0 ? 'queue' : 'active';
}

/**
 * A kind for a status a file names in no order (a CSV's rows): done or waiting by its name ("Done", "To do",
 * "Backlog"), else in progress. Ordered by kind, waiting statuses then come first whichever row names them first.
 */
export function kindOfStatusName(name: string): ColumnKind {
  if (DONE_NAMES.test(name)) return 'done';
  return WAITING_NAMES.test(name.trim()) ? 'queue' : 'active';
}

function personLabel(person: SourcePerson): string {
  return person.name || person.email || person.username || 'unknown';
}

/** Matches a source person to a user: by e-mail (any case), then by user name as the e-mail's local part, then by full name. */
export function matchPerson(person: SourcePerson | null, people: readonly Person[]): Person | null {
  if (!person) return null;
  const lower = (text: string | null | undefined) => text?.trim().toLowerCase() || null;
  const email = lower(person.email);
  const username = lower(person.username);
  const name = lower(person.name);
  return (
    (email && people.find((p) => p.email.toLowerCase() === email)) ||
    (username && people.find((p) => p.email.toLowerCase().split('@')[0] === username)) ||
    (name && people.find((p) => p.name.toLowerCase() === name)) ||
    null
  );
}

/**
 * The columns the statuses become once merged as the mapping says. A column stands where the most
 * advanced of its statuses stood, so that merging an early status into a later one does not pull the
 * later one forward; it is done when its own name reads as finished or any of its statuses was done;
 * and done columns come last, since work finishes in the first done column of the board.
 */
function mergedColumns(statuses: readonly SourceColumn[], targetOf: (status: string) => string): ImportReport['columns'] {
  const merged = new Map<string, { name: string; kind: ColumnKind; from: string[]; position: number }>();
  for (const [position, status] of statuses.entries()) {
    const target = targetOf(status.name);
    const column = merged.get(target);
    if (!column) merged.set(target, { name: target, kind: status.kind, from: [status.name], position });
    else {
      column.from.push(status.name);
      if (column.kind !== 'done') column.kind = status.kind;
      column.position = position;
    }
  }
  for (const column of merged.values()) if (DONE_NAMES.test(column.name)) column.kind = 'done';
  const ordered = [...merged.values()].sort((a, b) => Number(a.kind === 'done') - Number(b.kind === 'done') || a.position - b.position);
  const columns: ImportReport['columns'] = [];
  for (const { name, kind, from } of ordered) {
    let key = slug(name);
    for (let n = 2; columns.some((column) => column.key === key); n++) key = `${slug(name)}-${n}`;
    columns.push({ key, name, kind, from });
  }
  return columns;
}

/**
 * The board a source file becomes: one column per source status or list (or as `mapping.columns`
 * merges them), items with their moves between those columns, the people matched to users, and a
 * report of everything the product could not take as it was.
 */
export function* buildPlan(input: { boardName: string; sourceColumns: SourceColumn[]; items: SourceItem[]; mapping?: ImportMapping; people: readonly Person[]; warnings: string[] }): PlanSteps {
  const mapping = input.mapping?.columns;
  const seen = new Set(input.sourceColumns.map((column) => column.name));
  const statuses = [...input.sourceColumns];
  for (const item of input.items) {
    for (const status of [item.initialStatus, ...item.transitions.map((t) => t.to)]) {
      if (!seen.has(status)) {
        seen.add(status);
        statuses.push({ name: status, kind: kindByName(status, statuses.length) });
      }
    }
  }
  const unmappedStatuses = mapping ? statuses.filter((status) => !(status.name in mapping)).map((status) => status.name) : [];
  const targetOf = (status: string) => mapping?.[status]?.trim() || status;

  const columns = mergedColumns(statuses, targetOf);
  const keyOfTarget = new Map(columns.map((column) => [column.name, column.key]));
  const warnings = [...input.warnings];
  if (columns.length === 0) throw new ImportFileError([{ field: 'content', message: 'the file holds nothing to import: no columns (lists or statuses) and no items' }]);
  if (!columns.some((column) => column.kind === 'done')) {
    columns.at(-1)!.kind = 'done';
    warnings.push(`No status reads as finished; "${columns.at(-1)!.name}", the last, is taken as the done column.`);
  }
  const columnOf = (status: string) => keyOfTarget.get(targetOf(status))!;

  const peopleReport = new Map<string, ImportReport['people'][number]>();
  const resolve = (person: SourcePerson | null): string | null => {
    if (!person) return null;
    const label = personLabel(person);
    const matched = matchPerson(person, input.people);
    if (!peopleReport.has(label)) peopleReport.set(label, { source: label, userId: matched?.id ?? null, name: matched?.name ?? null });
    return matched?.id ?? null;
  };

  const details = new Map<string, ItemDetails>();
  // Counted after the source items were converted: the plan's work is twice the item count.
  const items: FlowItem[] = yield* mapInSteps(input.items, (item) => {
    const initial = columnOf(item.initialStatus);
    let current = initial;
    const transitions = [...item.transitions]
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .flatMap((transition) => {
        const to = columnOf(transition.to);
        if (to === current) return [];
        current = to;
        return [{ to, at: transition.at }];
      });
    // An item that did not start in the first column starts in its own at its creation (§5).
    const first = columns[0]!.key;
    const start = initial === first ? [] : [{ to: initial, at: item.createdAt }];
    details.set(item.key, {
      description: item.description,
      ownerId: resolve(item.owner),
      tags: item.tags,
      dueDate: item.dueDate,
      comments: item.comments.map((comment) => {
        const authorId = resolve(comment.author);
        const body = authorId || !comment.author ? comment.body : `*${personLabel(comment.author)} wrote:*\n\n${comment.body}`;
        return { authorId, body, at: comment.at };
      }),
    });
    return { key: item.key, title: item.title, createdAt: item.createdAt, transitions: [...start, ...transitions], blocks: item.blocks };
  }, input.items.length);
  const unmatched = [...peopleReport.values()].filter((person) => person.userId === null).length;
  if (unmatched > 0) warnings.push(`${unmatched} ${unmatched === 1 ? 'person is' : 'people are'} not a user here: their cards have no owner, and their comments name them in the text.`);

  const history: FlowHistory = {
    format: FLOW_HISTORY_FORMAT,
    board: {
      name: input.boardName,
      columns: columns.map((column) => ({ key: column.key, name: column.name, kind: column.kind, wipLimit: null })),
      // With no column in progress (a to-do list and a done list), work is committed in the last column before done.
      ...(columns.some((column) => column.kind === 'active') ? {} : { committedColumn: columns[Math.max(0, columns.findIndex((column) => column.kind === 'done') - 1)]!.key }),
    },
    items,
  };
  return { history, details, report: { columns, items: items.length, unmappedStatuses, people: [...peopleReport.values()], warnings } };
}
