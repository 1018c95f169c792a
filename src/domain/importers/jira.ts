import type { ColumnKind } from '../board-templates';
import { buildPlan, ImportFileError, kindByName, mapInSteps, utcInstant, type PlanOptions, type PlanSteps, type SourceColumn, type SourceItem, type SourcePerson } from './import-plan';

type JiraUser = { emailAddress?: string; displayName?: string; name?: string; accountId?: string } | null;
type JiraStatus = { name: string; statusCategory?: { key?: string } };
type JiraIssue = {
  key: string;
  fields: {
    summary: string;
    description?: unknown;
    status: JiraStatus;
    created: string;
    assignee?: JiraUser;
    labels?: string[];
    duedate?: string | null;
    comment?: { comments?: { author?: JiraUser; body?: unknown; created: string }[] };
  };
  changelog?: { histories?: { created: string; author?: JiraUser; items?: { field: string; fromString?: string | null; toString?: string | null }[] }[] };
};

const CATEGORY_KIND: Record<string, ColumnKind> = { new: 'queue', indeterminate: 'active', done: 'done' };
const CATEGORY_ORDER: Record<ColumnKind, number> = { queue: 0, active: 1, done: 2 };

/** Jira Cloud answers descriptions and comments in its document format (ADF), Jira Server as text: both read as text. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  const node = value as { type?: string; text?: string; content?: unknown[] };
  if (typeof node.text === 'string') return node.text;
  const inner = (node.content ?? []).map(plainText);
  const blocks = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'blockquote', 'doc']);
  return node.type && blocks.has(node.type) && node.type !== 'doc' && node.type !== 'listItem' ? `${inner.join('')}\n` : inner.join(node.type === 'doc' ? '\n' : '');
}

const person = (user: JiraUser | undefined): SourcePerson | null => (user ? { email: user.emailAddress ?? null, name: user.displayName ?? null, username: user.name ?? null } : null);

function issuesOf(content: unknown): JiraIssue[] {
  const issues = Array.isArray(content) ? content : (content as { issues?: unknown })?.issues;
  if (!Array.isArray(issues)) throw new ImportFileError([{ field: 'content', message: 'the file is not a Jira issues export: it must be the JSON of a Jira issue search with the change history of each issue (expand=changelog), or a list of issues; a CSV export from Jira is read as “Jira issues as CSV”' }]);
  const errors: { field: string; message: string }[] = [];
  issues.forEach((issue: JiraIssue, index) => {
    const at = `content.issues[${index}]`;
    if (typeof issue?.key !== 'string') errors.push({ field: `${at}.key`, message: 'an issue needs its key' });
    if (typeof issue?.fields?.summary !== 'string' || issue.fields.summary.trim() === '') errors.push({ field: `${at}.fields.summary`, message: 'an issue needs a summary' });
    if (typeof issue?.fields?.status?.name !== 'string') errors.push({ field: `${at}.fields.status.name`, message: 'an issue needs its status' });
    if (utcInstant(issue?.fields?.created) === null) errors.push({ field: `${at}.fields.created`, message: `must be an instant with an offset (found ${JSON.stringify(issue?.fields?.created)})` });
    issue?.changelog?.histories?.forEach((history, h) => {
      if (utcInstant(history?.created) === null) errors.push({ field: `${at}.changelog.histories[${h}].created`, message: `must be an instant with an offset (found ${JSON.stringify(history?.created)})` });
    });
  });
  if (errors.length) throw new ImportFileError(errors.slice(0, 100));
  return issues as JiraIssue[];
}

/**
 * Jira issues with their changelog as an import: statuses become columns in workflow order (to do,
 * then in progress, then done, each in the order the history first reaches it), status changes moves
 * at their instants, `Flagged` changes block periods, comments comments, labels tags, the assignee the
 * owner. Instants may carry any offset.
 */
export function* jiraPlan(content: unknown, options: PlanOptions): PlanSteps {
  const issues = issuesOf(content);
  const firstSeen = new Map<string, { kind: ColumnKind; order: number }>();
  let order = 0;
  const see = (name: string, kind: ColumnKind | undefined) => {
    const known = firstSeen.get(name);
    if (!known) firstSeen.set(name, { kind: kind ?? kindByName(name, order), order: order++ });
    else if (kind && known.kind === 'active' && kind !== 'active') known.kind = kind;
  };
  const warnings: string[] = [];

  const items: SourceItem[] = yield* mapInSteps(issues, (issue) => {
    const histories = [...(issue.changelog?.histories ?? [])].sort((a, b) => Date.parse(utcInstant(a.created)!) - Date.parse(utcInstant(b.created)!));
    const statusChanges = histories.flatMap((history) => (history.items ?? []).filter((item) => item.field === 'status' && item.toString).map((item) => ({ from: item.fromString ?? null, to: item.toString!, at: utcInstant(history.created)! })));
    const current = issue.fields.status.name;
    const initialStatus = statusChanges[0]?.from ?? current;
    see(initialStatus, statusChanges.length === 0 ? CATEGORY_KIND[issue.fields.status.statusCategory?.key ?? ''] : undefined);
    for (const change of statusChanges) see(change.to, change.to === current ? CATEGORY_KIND[issue.fields.status.statusCategory?.key ?? ''] : undefined);
    see(current, CATEGORY_KIND[issue.fields.status.statusCategory?.key ?? '']);

    const blocks: SourceItem['blocks'] = [];
    for (const history of histories) {
      for (const item of history.items ?? []) {
        if (item.field !== 'Flagged') continue;
        const at = utcInstant(history.created)!;
        const open = blocks.find((block) => block.to === null);
        if (item.toString && !open) blocks.push({ from: at, to: null, reason: item.toString === 'Impediment' ? 'Flagged as an impediment in Jira' : `Flagged in Jira: ${item.toString}` });
        else if (!item.toString && open) open.to = at;
      }
    }
    return {
      key: issue.key,
      title: issue.fields.summary.trim(),
      createdAt: utcInstant(issue.fields.created)!,
      initialStatus,
      transitions: statusChanges.map((change) => ({ to: change.to, at: change.at })),
      blocks,
      description: plainText(issue.fields.description).trim(),
      owner: person(issue.fields.assignee),
      tags: issue.fields.labels ?? [],
      dueDate: issue.fields.duedate && /^\d{4}-\d{2}-\d{2}$/.test(issue.fields.duedate) ? issue.fields.duedate : null,
      comments: (issue.fields.comment?.comments ?? []).map((comment) => ({ author: person(comment.author), body: plainText(comment.body).trim(), at: utcInstant(comment.created) ?? utcInstant(issue.fields.created)! })),
    };
  });
  const withoutChangelog = issues.filter((issue) => !issue.changelog?.histories?.length).length;
  if (withoutChangelog) warnings.push(`${withoutChangelog} of ${issues.length} issues carry no changelog: they start in their current status (fetch them with expand=changelog for their history).`);

  // Workflow order: to do, in progress, done; within each, the order the history first reaches a status.
  const sourceColumns: SourceColumn[] = [...firstSeen.entries()]
    .sort(([, a], [, b]) => CATEGORY_ORDER[a.kind] - CATEGORY_ORDER[b.kind] || a.order - b.order)
    .map(([name, { kind }]) => ({ name, kind }));
  return yield* buildPlan({ boardName: options.boardName ?? 'Imported from Jira', sourceColumns, items, ...(options.mapping ? { mapping: options.mapping } : {}), people: options.people, warnings });
}
