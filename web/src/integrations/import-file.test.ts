import { describe, expect, it } from 'vitest';
import { FORMATS, formatMismatch, whereInFile } from './import-file';

const format = (value: string) => FORMATS.find((candidate) => candidate.value === value)!;

describe('a file that cannot be what the reader chose', () => {
  it('names the choice that fits a JSON file taken for a CSV, a CSV taken for JSON, and Jira and Trello taken for each other', () => {
    expect(formatMismatch(format('jira-csv'), 'ops.json', ' {"issues": []}')).toBe('ops.json is a JSON file, not a CSV: choose “A Trello board” or “Jira issues as JSON” for it.');
    expect(formatMismatch(format('trello'), 'plan.csv', 'Ref,Title\nR-1,A')).toBe('plan.csv is not a JSON file (it reads like a CSV): choose “Jira issues as CSV” or “Any spreadsheet” for a CSV, or export it again as JSON.');
    expect(formatMismatch(format('trello'), 'ops.json', '{"issues": []}')).toBe('ops.json holds Jira issues, not a Trello board: choose “Jira issues as JSON” for it.');
    expect(formatMismatch(format('trello'), 'ops.json', '[]')).toMatch(/holds Jira issues/);
    expect(formatMismatch(format('jira'), 'board.json', '{"lists": [], "cards": []}')).toBe('board.json is a Trello board, not Jira issues: choose “A Trello board” for it.');
    expect(formatMismatch(format('jira'), 'broken.json', '{"issues": [')).toMatch(/^broken\.json is not readable as JSON \(.+\): export it again\.$/);
  });

  it('lets a file through that may be what was chosen', () => {
    expect(formatMismatch(format('trello'), 'board.json', '{"lists": [], "cards": []}')).toBeNull();
    expect(formatMismatch(format('jira'), 'ops.json', '{"issues": []}')).toBeNull();
    expect(formatMismatch(format('csv'), 'plan.csv', 'Ref,Title')).toBeNull();
    // What the server reads decides the rest: a Trello export without lists is refused there, naming them.
    expect(formatMismatch(format('trello'), 'odd.json', '{"name": "x"}')).toBeNull();
  });
});

describe('where a refused import found its problem', () => {
  it('names lines, columns and the wizard\'s choices as the reader sees them, and the file as a whole not at all', () => {
    expect(whereInFile('content.lines[12].Created')).toBe('Line 12, column “Created”:');
    expect(whereInFile('content.lines[2]')).toBe('Line 2:');
    expect(whereInFile('content.columns')).toBeNull();
    expect(whereInFile('content.columns.Issue key')).toBe('Column “Issue key”:');
    expect(whereInFile('mapping.fields.title')).toBe('Title:');
    expect(whereInFile('mapping.columns.Published')).toBe('Column for “Published”:');
    expect(whereInFile('content.cards[3].name')).toBe('At cards[3].name in the file:');
    expect(whereInFile('content')).toBeNull();
  });
});
