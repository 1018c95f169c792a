import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowHistory } from '../flow-history';
import { computeMetrics } from '../metrics';
import { csvInstant, csvPlan, jiraCsvPlan } from './csv';
import { ImportFileError, planAtOnce } from './import-plan';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/imports/${name}`, import.meta.url), 'utf8');
const people = [
  { id: 'u-admin', email: 'admin@example.org', name: 'Admin' },
  { id: 'u-bo', email: 'bo@example.org', name: 'Bo Builder' },
];
const jiraCsv = (content: unknown, mapping?: { columns?: Record<string, string> }) => planAtOnce(jiraCsvPlan(content, { people, ...(mapping ? { mapping } : {}) }));
const csv = (content: unknown, fields?: Record<string, string>) => planAtOnce(csvPlan(content, { people, keyPrefix: 'MK', firstNumber: 7, now: '2026-03-01T00:00:00.000Z', ...(fields ? { mapping: { fields } } : {}) }));
const spreadsheetFields = { title: 'Name', key: 'Ticket', status: 'Stage', created: 'Opened', resolved: 'Closed', owner: 'Who', description: 'Notes', dueDate: 'Deadline', tags: 'Tags' };

describe('dates in CSV files', () => {
  const offsetless: string[] = [];
  const read = (text: string) => csvInstant(text, () => offsetless.push(text));

  it('reads Jira\'s day/month/year with a 12-hour clock, and ISO with or without an offset', () => {
    expect(read('05/Dec/26 3:04 PM')).toBe('2026-12-05T15:04:00.000Z');
    expect(read('05/Dec/26 12:00 AM')).toBe('2026-12-05T00:00:00.000Z');
    expect(read('5/dec/2026 15:04')).toBe('2026-12-05T15:04:00.000Z');
    expect(read('2026-12-05T15:04:00+01:00')).toBe('2026-12-05T14:04:00.000Z');
    expect(read('2026-12-05')).toBe('2026-12-05T00:00:00.000Z');
    expect(offsetless).toEqual(['05/Dec/26 3:04 PM', '05/Dec/26 12:00 AM', '5/dec/2026 15:04', '2026-12-05']);
  });

  it('refuses what is not a date', () => {
    for (const text of ['31/Feb/26 1:00 PM', '05/Foo/26', '13:00', 'yesterday', '05/Dec/26 13:00 PM']) expect(read(text), text).toBeNull();
  });
});

describe('Jira CSV export', () => {
  const plan = jiraCsv(fixture('jira-export.csv'));

  it('makes statuses columns in workflow order by their status category', () => {
    expect(plan.history.board.name).toBe('Imported from Jira');
    expect(plan.report.columns.map((column) => [column.name, column.kind])).toEqual([['To Do', 'queue'], ['In Progress', 'active'], ['Done', 'done'], ['Closed', 'done']]);
    expect(plan.report.items).toBe(4);
  });

  it('starts each issue at its creation, and moves a resolved one to its status at its resolution, saying there is no changelog', () => {
    const [onboarding, billing, darkMode, typo] = plan.history.items;
    expect(onboarding).toMatchObject({ key: 'ENG-7', createdAt: '2026-01-05T09:00:00.000Z', transitions: [{ to: 'done', at: '2026-01-09T16:00:00.000Z' }] });
    // Not resolved: in its status from its creation, in the offset it was written with.
    expect(billing).toMatchObject({ key: 'ENG-8', createdAt: '2026-01-07T08:00:00.000Z', transitions: [{ to: 'in-progress', at: '2026-01-07T08:00:00.000Z' }] });
    expect(darkMode).toMatchObject({ key: 'ENG-9', transitions: [] });
    expect(typo).toMatchObject({ key: 'ENG-10', transitions: [{ to: 'closed', at: '2026-01-07T09:00:00.000Z' }] });
    expect(plan.report.warnings).toEqual(expect.arrayContaining([expect.stringContaining('holds no changelog'), expect.stringContaining('read as UTC')]));
    expect(computeMetrics(plan.history, { today: '2026-01-20' }).items.find((item) => item.key === 'ENG-7')).toMatchObject({ finish: '2026-01-09' });
  });

  it('gathers the repeated Labels and Comment columns, the assignee by user name or full name, and the due day', () => {
    const onboarding = plan.details.get('ENG-7')!;
    expect(onboarding).toMatchObject({ ownerId: 'u-admin', tags: ['web', 'growth'], dueDate: '2026-02-01', description: 'Let customers sign up alone.\nTwo lines, with a comma.' });
    expect(onboarding.comments).toEqual([
      { authorId: 'u-admin', body: 'Looks good to me', at: '2026-01-06T10:15:00.000Z' },
      { authorId: null, body: '*grace wrote:*\n\nLegal agrees; ship it', at: '2026-01-07T14:05:00.000Z' },
    ]);
    expect(plan.details.get('ENG-8')).toMatchObject({ ownerId: 'u-bo', tags: ['billing'], dueDate: null });
    expect(plan.report.people).toEqual(expect.arrayContaining([{ source: 'Grace Guest', userId: null, name: null }]));
  });

  it('blocks a flagged issue from its last update, and says the flag\'s start is not in the export', () => {
    expect(plan.history.items[1]!.blocks).toEqual([{ from: '2026-01-10T08:00:00.000Z', to: null, reason: 'Flagged as an impediment in Jira' }]);
    expect(plan.report.warnings).toEqual(expect.arrayContaining(['1 flagged issue is blocked from its last update: the export does not say when the flag was set.']));
  });

  it('merges statuses as mapping.columns says', () => {
    const mapped = jiraCsv(fixture('jira-export.csv'), { columns: { Closed: 'Done', 'To Do': 'Backlog' } });
    expect(mapped.report.columns.map((column) => [column.name, column.from])).toEqual([['Backlog', ['To Do']], ['In Progress', ['In Progress']], ['Done', ['Done', 'Closed']]]);
    expect(mapped.report.unmappedStatuses).toEqual(['In Progress', 'Done']);
  });

  it('names a missing column, and each bad cell by its line and column', () => {
    expect(() => jiraCsv('Summary,Status\nA,To Do\n')).toThrow(/^content\.columns: "Issue key", "Created" are missing, and Jira's CSV export always has them/);
    const broken = 'Summary,Issue key,Status,Created\nGood,ENG-1,To Do,05/Dec/26 3:04 PM\n,ENG-2,To Do,someday\nAgain,ENG-1,To Do,05/Dec/26 3:04 PM\n';
    expect(() => jiraCsv(broken)).toThrow('content.lines[3].Summary: an issue needs a summary; content.lines[3].Created: is not a date (found "someday")');
    expect(() => jiraCsv(broken)).toThrow('content.lines[4].Issue key: "ENG-1" is on an earlier line too');
    expect(() => jiraCsv({ issues: [] })).toThrow('content: expected the CSV file as text');
    expect(() => jiraCsv('a,"b\n')).toThrow(/content.*is not readable as CSV/);
  });
});

describe('any CSV with mapping.fields', () => {
  it('takes each field from the column mapping.fields names', () => {
    const plan = csv(fixture('spreadsheet.csv'), spreadsheetFields);
    expect(plan.history.board.name).toBe('Imported from CSV');
    // "Ideas" reads as where work waits: it comes first, though a row names "Drafting" before it.
    expect(plan.report.columns.map((column) => [column.name, column.kind])).toEqual([['Ideas', 'queue'], ['Drafting', 'active'], ['Published', 'done']]);
    expect(plan.report.warnings).not.toContainEqual(expect.stringContaining('does not give the order'));
    const [post, video, pricing] = plan.history.items;
    expect(post).toMatchObject({ key: 'T-1', title: 'Write the launch post', createdAt: '2026-02-02T00:00:00.000Z', transitions: [{ to: 'drafting', at: '2026-02-02T00:00:00.000Z' }] });
    expect(video).toMatchObject({ key: 'T-2', createdAt: '2026-02-01T07:00:00.000Z', transitions: [{ to: 'published', at: '2026-02-05T16:00:00.000Z' }] });
    expect(pricing).toMatchObject({ key: 'T-3', transitions: [] });
    expect(plan.details.get('T-1')).toMatchObject({ ownerId: 'u-bo', tags: ['blog', 'launch'], dueDate: '2026-02-20', description: 'First draft by Friday' });
    expect(plan.details.get('T-2')).toMatchObject({ ownerId: 'u-admin', tags: ['video'] });
    expect(plan.details.get('T-3')).toMatchObject({ ownerId: null, description: 'Quotes "as is"' });
    expect(plan.report.people).toEqual(expect.arrayContaining([{ source: 'Someone Else', userId: null, name: null }]));
  });

  it('orders statuses the file gives no order of as the mapping lists them when it names them all, and says which order it took', () => {
    // Two statuses in progress by their names: only the rows, or the mapping, can order them.
    const content = 'Name,Stage\nLaunch post,Review\nDemo video,Drafting\nPricing page,Published\n';
    const fields = { title: 'Name', status: 'Stage' };
    const byRows = csv(content, fields);
    expect(byRows.report.columns.map((column) => [column.name, column.kind])).toEqual([['Review', 'queue'], ['Drafting', 'active'], ['Published', 'done']]);
    expect(byRows.report.warnings).toContain('The file does not give the order of its statuses: the columns follow the order the rows first name them; list every status in the mapping, in the order work goes through them, to change it.');
    const columns = { Drafting: 'Drafting', Review: 'Review', Published: 'Published' };
    const byMapping = planAtOnce(csvPlan(content, { people, keyPrefix: 'MK', firstNumber: 1, now: '2026-03-01T00:00:00.000Z', mapping: { fields, columns } }));
    expect(byMapping.report.columns.map((column) => [column.name, column.kind])).toEqual([['Drafting', 'queue'], ['Review', 'active'], ['Published', 'done']]);
    expect(byMapping.report.warnings).toContain('The file does not give the order of its statuses: the columns follow the order of the mapping.');
    // The item created in Drafting and still there no longer starts past the first column.
    expect(byMapping.history.items[1]).toMatchObject({ title: 'Demo video', transitions: [] });
    // A mapping that leaves a status out gives no full order: the rows' order stays.
    const partial = planAtOnce(csvPlan(content, { people, keyPrefix: 'MK', firstNumber: 1, now: '2026-03-01T00:00:00.000Z', mapping: { fields, columns: { Drafting: 'Drafting' } } }));
    expect(partial.report.columns.map((column) => column.name)).toEqual(['Review', 'Drafting', 'Published']);
  });

  it('says what is wrong with the quotes of a malformed CSV in plain words, on its line', () => {
    const problem = (content: string) => {
      try {
        planAtOnce(csvPlan(content, { people, keyPrefix: 'MK', firstNumber: 1, now: '2026-03-01T00:00:00.000Z', mapping: { fields: { title: 'Name' } } }));
      } catch (error) {
        return (error as ImportFileError).errors;
      }
      throw new Error('the file was read');
    };
    expect(problem('Name,Stage\nGood,Ideas\nSay "hi",Ideas\n')).toEqual([{ field: 'content.lines[3]', message: expect.stringMatching(/^is not readable as CSV: a quote mark stands inside a value not put in quotes: .*doubled/) }]);
    expect(problem('Name,Stage\n"Say "hi"",Ideas\n')).toEqual([{ field: 'content.lines[2]', message: expect.stringContaining('a quoted value goes on after its closing quote mark') }]);
    expect(problem('Name,Stage\n"Open,Ideas\nNext,Doing\n')).toEqual([{ field: expect.stringMatching(/^content\.lines\[\d+\]$/), message: expect.stringContaining('is never closed') }]);
    for (const errors of [problem('Name,Stage\nSay "hi",Ideas\n'), problem('Name,Stage\n"Open,Ideas\n')]) expect(errors[0]?.message).not.toMatch(/Invalid|Opening|Quote Not Closed/);
  });

  it('names the board as asked instead of by the format', () => {
    expect(planAtOnce(csvPlan(fixture('spreadsheet.csv'), { people, keyPrefix: 'MK', firstNumber: 1, now: '2026-03-01T00:00:00.000Z', mapping: { fields: spreadsheetFields }, boardName: 'Content plan' })).history.board.name).toBe('Content plan');
    expect(planAtOnce(jiraCsvPlan(fixture('jira-export.csv'), { people, boardName: 'Platform' })).history.board.name).toBe('Platform');
  });

  it('says nothing of the order when the status categories give it', () => {
    expect(jiraCsv(fixture('jira-export.csv')).report.warnings).not.toContainEqual(expect.stringContaining('order of its statuses'));
  });

  it('makes keys, a "To do" start and the creation now when the file has no such columns, and says so', () => {
    const plan = csv(fixture('spreadsheet.csv'), { title: 'Name' });
    // Numbered on from the first number the portfolio set aside (7 here), so they repeat none of its keys.
    expect(plan.history.items.map((item) => [item.key, item.createdAt, item.transitions.length])).toEqual([['MK-7', '2026-03-01T00:00:00.000Z', 0], ['MK-8', '2026-03-01T00:00:00.000Z', 0], ['MK-9', '2026-03-01T00:00:00.000Z', 0]]);
    expect(plan.report.columns.map((column) => column.name)).toEqual(['To do', 'Done']);
    // Nothing in between: work is committed in the last column before done, as the flow-history format asks of such a board.
    expect(parseFlowHistory(plan.history)).toMatchObject({ ok: true, history: { board: { committedColumn: 'to-do' } } });
    expect(plan.report.warnings).toEqual(expect.arrayContaining([expect.stringContaining('No column was named as the status'), expect.stringContaining('No column was named as the creation date')]));
  });

  it('requires the title, and names each field that names no column, with the columns there are', () => {
    expect(() => csv(fixture('spreadsheet.csv'))).toThrow(/^mapping\.fields\.title: name the column that holds each item's title; the file's columns are "Ticket", "Name", "Stage"/);
    expect(() => csv(fixture('spreadsheet.csv'), { title: 'Name', status: 'State', colour: 'Tags' })).toThrow(/mapping\.fields\.status: names "State", which is not a column of the file.*mapping\.fields\.colour: is not a field a CSV can give/);
  });

  it('names each row it cannot read, and takes nothing', () => {
    const content = 'Name,Opened\nGood,2026-02-02\n,2026-02-03\nBad date,02.03.2026\n';
    expect(() => csv(content, { title: 'Name', created: 'Opened' })).toThrow('content.lines[3].Name: an item needs a title; content.lines[4].Opened: is not a date (found "02.03.2026")');
  });

  it('names a row with more values than the file has columns as the reason for what is wrong after it', () => {
    const content = 'Name,Opened\nGood,2026-02-02\nFish, chips,2026-02-03\nTrailing cells saved empty,2026-02-04,,\n';
    expect(() => csv(content, { title: 'Name', created: 'Opened' })).toThrow(
      'content.lines[3]: has 3 values where the first line names 2 columns: a value holding a comma must be put in quotes, as a spreadsheet saves it; content.lines[3].Opened: is not a date (found "chips")',
    );
  });

  it('refuses a file with column names and no rows under them, in those words', () => {
    expect(() => csv('Name,Opened\r\n', { title: 'Name' })).toThrow('content: the file has its column names but no rows under them: nothing to import');
  });
});
