import { CSV_FIELD_CHOICES } from './csv-fields';

/** The formats the wizard offers, each with where the tool exports it, and whether the file is read as text (CSV) or JSON. */
export const FORMATS = [
  { value: 'trello', name: 'A Trello board', label: 'A Trello board (Menu → Print, export and share → Export as JSON)', text: false },
  { value: 'jira', name: 'Jira issues as JSON', label: 'Jira issues as JSON (the REST search with expand=changelog)', text: false },
  { value: 'jira-csv', name: 'Jira issues as CSV', label: 'Jira issues as CSV (Export → Export Excel CSV, all fields)', text: true },
  { value: 'csv', name: 'Any spreadsheet', label: 'Any spreadsheet saved as CSV, with a row of column names', text: true },
] as const;
export type Format = (typeof FORMATS)[number];

const choice = (value: Format['value']) => `“${FORMATS.find((format) => format.value === value)!.name}”`;

/**
 * Why a file cannot be what the reader said it is, when its first characters already tell (a JSON file
 * taken for a CSV, a Jira answer taken for a Trello board…), naming the choice that fits; null when it may be.
 */
export function formatMismatch(format: Format, fileName: string, text: string): string | null {
  const start = text.trimStart()[0];
  const json = start === '{' || start === '[';
  if (format.text) return json ? `${fileName} is a JSON file, not a CSV: choose ${choice('trello')} or ${choice('jira')} for it.` : null;
  if (!json) return `${fileName} is not a JSON file${text.includes(',') ? ' (it reads like a CSV)' : ''}: choose ${choice('jira-csv')} or ${choice('csv')} for a CSV, or export it again as JSON.`;
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    return `${fileName} is not readable as JSON (${(error as Error).message}): export it again.`;
  }
  const object = typeof content === 'object' && content !== null && !Array.isArray(content) ? (content as Record<string, unknown>) : null;
  const jira = Array.isArray(content) || Array.isArray(object?.issues);
  const trello = Array.isArray(object?.lists) && Array.isArray(object?.cards);
  if (format.value === 'trello' && jira) return `${fileName} holds Jira issues, not a Trello board: choose ${choice('jira')} for it.`;
  if (format.value === 'jira' && trello) return `${fileName} is a Trello board, not Jira issues: choose ${choice('trello')} for it.`;
  return null;
}

/**
 * Where in the file (or in the wizard's choices) a refused import found its problem, as the reader sees
 * it: "Line 12, column "Created":", "Title:", "At cards[3].name:"; null for the file as a whole.
 */
export function whereInFile(field: string): string | null {
  const line = /^content\.lines\[(\d+)\](?:\.(.+))?$/.exec(field);
  if (line) return `Line ${line[1]}${line[2] ? `, column “${line[2]}”` : ''}:`;
  const column = /^content\.columns(?:\.(.+))?$/.exec(field);
  if (column) return column[1] ? `Column “${column[1]}”:` : null;
  const mapped = /^mapping\.fields\.(.+)$/.exec(field);
  if (mapped) return `${CSV_FIELD_CHOICES.find((candidate) => candidate.field === mapped[1])?.label ?? mapped[1]}:`;
  const renamed = /^mapping\.columns\.(.+)$/.exec(field);
  if (renamed) return `Column for “${renamed[1]}”:`;
  const path = /^content\.(.+)$/.exec(field);
  return path ? `At ${path[1]} in the file:` : null;
}
