import { DECISION_WORDS, type DecisionKind } from './approval';
import { dayText } from './date-words';
import { onBehalfOf } from './delegation';

/** What a review's minutes record (PRODUCT.md §12), in the words a reader reads: names, not ids. */
export type MinutesInput = {
  title: string;
  portfolioName: string;
  /** The day the review was held (YYYY-MM-DD) and the day it closed, if it has. */
  date: string;
  closedOn: string | null;
  facilitator: string | null;
  attendees: readonly string[];
  /** `responsible`: each person by name, with the hand-overs they answer through (`delegations`), as the agenda said. */
  entries: readonly { sectionTitle: string; title: string; detail: string; responsible: readonly MinutesPerson[]; note: string | null; resolved: boolean }[];
  decisions: readonly { itemKey: string; itemTitle: string; kind: DecisionKind; rationale: string; decidedBy: string | null; onBehalfOf: string | null }[];
  actions: readonly { title: string; owner: string | null; dueDate: string | null; itemKey: string | null; done: boolean }[];
};

export type MinutesPerson = { name: string; delegations?: readonly { fromName: string; until: string }[] };

type Block = { heading: string; lines: string[] };

/** "Kim Coach (on behalf of Olga Office until 20 Dec 2026)": a delegate answers on someone's behalf, and the minutes keep it. */
const personText = (person: MinutesPerson) => (person.delegations?.length ? `${person.name} (${person.delegations.map((d) => onBehalfOf(d)).join('; ')})` : person.name);

/** Ends a title as a sentence, once: a title may already end with its own full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The minutes as sections of lines, shared by the Markdown and the HTML rendering. */
function sections(minutes: MinutesInput): Block[] {
  const bySection = new Map<string, MinutesInput['entries'][number][]>();
  for (const entry of minutes.entries) bySection.set(entry.sectionTitle, [...(bySection.get(entry.sectionTitle) ?? []), entry]);
  return [
    ...[...bySection].map(([heading, entries]) => ({
      heading,
      lines: entries.map((entry) => {
        const who = entry.responsible.length ? ` Responsible: ${entry.responsible.map(personText).join(', ')}.` : '';
        const note = entry.note ? ` Note: ${entry.note}` : '';
        return `${sentence(`${entry.title}${entry.resolved ? ' (resolved during the review)' : ''}`)} ${entry.detail}${who}${note}`;
      }),
    })),
    { heading: 'Decisions', lines: minutes.decisions.map((d) => `${d.itemKey} "${d.itemTitle}": ${DECISION_WORDS[d.kind]}, decided by ${d.decidedBy ?? 'a former member'}${d.onBehalfOf ? ` on behalf of ${d.onBehalfOf}` : ''}. ${d.rationale}`) },
    {
      heading: 'Actions',
      lines: minutes.actions.map((a) => `${a.title}: ${a.owner ?? 'no owner'}${a.dueDate ? `, due ${dayText(a.dueDate)}` : ''}${a.itemKey ? `, on ${a.itemKey}` : ''}${a.done ? ' (done)' : ''}`),
    },
  ];
}

const header = (minutes: MinutesInput) => [
  `Portfolio: ${minutes.portfolioName}`,
  `Date: ${dayText(minutes.date)}${minutes.closedOn ? '' : ' (still open: these minutes are a draft)'}`,
  `Facilitator: ${minutes.facilitator ?? 'a former member'}`,
  `Attendees: ${minutes.attendees.join(', ') || 'none recorded'}`,
];

/** Escapes what Markdown would otherwise read as markup at the start of a line or inside it. */
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function minutesMarkdown(minutes: MinutesInput): string {
  const lines = [`# ${inline(minutes.title)}`, '', ...header(minutes).map((line) => `- ${inline(line)}`), ''];
  for (const section of sections(minutes)) {
    lines.push(`## ${inline(section.heading)}`, '', ...(section.lines.length ? section.lines.map((line) => `- ${inline(line)}`) : ['- None.']), '');
  }
  return lines.join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A printable page: every piece of text escaped, no script, styles for paper. */
export function minutesHtml(minutes: MinutesInput): string {
  const list = (lines: string[]) => `<ul>${(lines.length ? lines : ['None.']).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(minutes.title)}</title>`,
    '<style>body{font:11pt/1.4 system-ui,sans-serif;max-width:48rem;margin:2rem auto;color:#111}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem;border-bottom:1px solid #ccc}@media print{body{margin:0}}</style>',
    '</head><body>',
    `<h1>${escapeHtml(minutes.title)}</h1>`,
    list(header(minutes)),
    ...sections(minutes).map((section) => `<h2>${escapeHtml(section.heading)}</h2>${list(section.lines)}`),
    '</body></html>',
  ].join('\n');
}
