import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../metrics';
import { highestKeyNumber, ImportFileError, planAtOnce, withFreeKeys } from './import-plan';
import { jiraPlan } from './jira';
import { trelloPlan } from './trello';

const trello = (...args: Parameters<typeof trelloPlan>) => planAtOnce(trelloPlan(...args));
const jira = (...args: Parameters<typeof jiraPlan>) => planAtOnce(jiraPlan(...args));

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../test/fixtures/imports/${name}`, import.meta.url), 'utf8'));
const people = [
  { id: 'u-admin', email: 'admin@example.org', name: 'Admin' },
  { id: 'u-bo', email: 'bo@example.org', name: 'Bo Builder' },
];

describe('Trello board export', () => {
  // The portfolio set numbers 41 on aside for the import: its items are named on from there, whatever Trello numbered them.
  const plan = trello(fixture('trello-board.json'), { people, keyPrefix: 'RM', firstNumber: 41 });

  it('makes the open lists columns in their order, and leaves archived cards and lists out, saying so', () => {
    expect(plan.history.board.name).toBe('Product roadmap');
    expect(plan.report.columns.map((column) => [column.name, column.kind])).toEqual([['Ideas', 'queue'], ['Doing', 'active'], ['Done', 'done']]);
    expect(plan.history.items.map((item) => item.key)).toEqual(['RM-41', 'RM-42', 'RM-43']);
    expect(plan.report.warnings).toEqual(expect.arrayContaining(['1 archived card was left out.', '1 archived list was left out, with 1 open card in it.']));
  });

  it('dates a card without a createCard action by its id, or else by its last activity, never by a stray hex prefix', () => {
    const board = (cards: object[]) => ({ name: 'B', lists: [{ id: 'l1', name: 'To do' }], cards, actions: [] });
    const dated = trello(board([
      { id: '65a1f0c2e4b0a1b2c3d4e5f6', idList: 'l1', name: 'By its id' },
      { id: 'card4', idList: 'l1', name: 'By its last activity', dateLastActivity: '2026-01-11T10:00:00.000Z' },
    ]), { people, keyPrefix: 'T', firstNumber: 1 });
    expect(dated.history.items.map((item) => item.createdAt)).toEqual([new Date(0x65a1f0c2 * 1000).toISOString(), '2026-01-11T10:00:00.000Z']);
    expect(dated.report.warnings).not.toContainEqual(expect.stringContaining('no creation date'));
    const undated = trello(board([{ id: 'card5', idList: 'l1', name: 'Nothing to go by' }]), { people, keyPrefix: 'T', firstNumber: 1 });
    expect(undated.report.warnings).toContain('1 card has no creation date in the file.');
  });

  it('turns createCard and updateCard list changes into moves at their instants', () => {
    const [onboarding, portal, darkMode] = plan.history.items;
    expect(onboarding).toMatchObject({ createdAt: '2026-01-05T09:00:00.000Z', transitions: [{ to: 'doing', at: '2026-01-06T10:00:00.000Z' }, { to: 'done', at: '2026-01-09T16:00:00.000Z' }] });
    // Created straight into Doing: it starts there (its first move is at its creation).
    expect(portal).toMatchObject({ createdAt: '2026-01-07T09:00:00.000Z', transitions: [{ to: 'doing', at: '2026-01-07T09:00:00.000Z' }] });
    // No action left for it: its creation is read from its id.
    expect(darkMode).toMatchObject({ createdAt: '2020-07-24T00:28:44.000Z', transitions: [] });
    const metrics = computeMetrics(plan.history, { today: '2026-01-20' });
    expect(metrics.items[0]).toMatchObject({ start: '2026-01-06', finish: '2026-01-09', cycleTimeDays: 4 });
  });

  it('keeps labels, the owner matched to a member, checklists and comments, naming authors who are not users', () => {
    const onboarding = plan.details.get('RM-41')!;
    expect(onboarding).toMatchObject({ ownerId: 'u-admin', tags: ['web', 'red'], dueDate: '2026-02-01' });
    expect(onboarding.description).toBe('Let customers sign up alone.\n\n**Launch**\n- [x] Legal review\n- [ ] Press release');
    expect(onboarding.comments).toEqual([{ authorId: null, body: '*Grace Guest wrote:*\n\nLooks good to me', at: '2026-01-07T11:00:00.000Z' }]);
    expect(plan.details.get('RM-42')!.comments).toEqual([{ authorId: 'u-admin', body: 'Waiting on the partner', at: '2026-01-10T08:00:00.000Z' }]);
    expect(plan.report.people).toEqual([
      { source: 'Ada Admin', userId: 'u-admin', name: 'Admin' },
      { source: 'Grace Guest', userId: null, name: null },
    ]);
  });

  it('merges lists into the columns a mapping names, and reports the lists it leaves unnamed', () => {
    const mapped = trello(fixture('trello-board.json'), { people, keyPrefix: 'RM', firstNumber: 1, mapping: { columns: { Ideas: 'Backlog', Doing: 'In progress' } } });
    expect(mapped.report.columns.map((column) => [column.name, column.from])).toEqual([['Backlog', ['Ideas']], ['In progress', ['Doing']], ['Done', ['Done']]]);
    expect(mapped.report.unmappedStatuses).toEqual(['Done']);
  });

  describe('with lists merged or renamed by the mapping', () => {
    const board = {
      name: 'Blog',
      lists: [{ id: 'l1', name: 'Backlog' }, { id: 'l2', name: 'In progress' }, { id: 'l3', name: 'Published' }],
      cards: [{ id: 'c1', idList: 'l3', name: 'Launch post' }],
      actions: [
        { type: 'createCard', date: '2026-01-05T09:00:00.000Z', data: { card: { id: 'c1' }, list: { id: 'l1' } } },
        { type: 'updateCard', date: '2026-01-06T09:00:00.000Z', data: { card: { id: 'c1' }, listBefore: { id: 'l1' }, listAfter: { id: 'l2' } } },
        { type: 'updateCard', date: '2026-01-08T09:00:00.000Z', data: { card: { id: 'c1' }, listBefore: { id: 'l2' }, listAfter: { id: 'l3' } } },
      ],
    };

    it('puts a merged column where the most advanced of its lists stood, so the done column stays done', () => {
      const merged = trello(board, { people, keyPrefix: 'B', firstNumber: 1, mapping: { columns: { Backlog: 'Done', Published: 'Done' } } });
      expect(merged.report.columns.map((column) => [column.name, column.kind, column.from])).toEqual([['In progress', 'active', ['In progress']], ['Done', 'done', ['Backlog', 'Published']]]);
      expect(merged.history.board.columns.map((column) => [column.key, column.kind])).toEqual([['in-progress', 'active'], ['done', 'done']]);
      expect(merged.report.warnings).not.toContainEqual(expect.stringContaining('No status reads as finished'));
    });

    it('judges the columns by the names the mapping gives them: a list renamed Done is the done column', () => {
      const renamed = trello(board, { people, keyPrefix: 'B', firstNumber: 1, mapping: { columns: { Published: 'Done' } } });
      expect(renamed.report.columns.map((column) => [column.name, column.kind])).toEqual([['Backlog', 'queue'], ['In progress', 'active'], ['Done', 'done']]);
      expect(renamed.report.warnings).not.toContainEqual(expect.stringContaining('No status reads as finished'));
      expect(computeMetrics(renamed.history, { today: '2026-01-20' }).items[0]).toMatchObject({ start: '2026-01-06', finish: '2026-01-08' });
      const unmapped = trello(board, { people, keyPrefix: 'B', firstNumber: 1 });
      expect(unmapped.report.warnings).toContain('No status reads as finished; "Published", the last, is taken as the done column.');
    });

    it('keeps a done column after the columns merged behind it', () => {
      const later = trello(board, { people, keyPrefix: 'B', firstNumber: 1, mapping: { columns: { Backlog: 'Closed', 'In progress': 'Writing', Published: 'Writing' } } });
      expect(later.report.columns.map((column) => [column.name, column.kind])).toEqual([['Writing', 'active'], ['Closed', 'done']]);
    });
  });

  it('names the board as asked instead of by the file', () => {
    expect(trello(fixture('trello-board.json'), { people, keyPrefix: 'RM', firstNumber: 1, boardName: 'Roadmap 2027' }).history.board.name).toBe('Roadmap 2027');
    expect(jira(fixture('jira-issues.json'), { people, boardName: 'Platform' }).history.board.name).toBe('Platform');
    expect(jira(fixture('jira-issues.json'), { people }).history.board.name).toBe('Imported from Jira');
  });

  it('names what is wrong with a file that is not a board export', () => {
    expect(() => trello({ cards: [{ id: 'x' }] }, { people, keyPrefix: 'RM', firstNumber: 1 })).toThrow(ImportFileError);
    expect(() => trello({ lists: [], cards: [{ id: 'x', idList: 'y', name: ' ' }] }, { people, keyPrefix: 'RM', firstNumber: 1 })).toThrow('content.cards[0].name: a card needs a name');
  });
});

describe('Jira issues with their changelog', () => {
  const plan = jira(fixture('jira-issues.json'), { people });

  it('orders statuses as the workflow runs: to do, in progress, done', () => {
    expect(plan.report.columns.map((column) => [column.name, column.kind])).toEqual([['To Do', 'queue'], ['In Progress', 'active'], ['In Review', 'active'], ['Done', 'done']]);
  });

  it('turns status changes into moves and Flagged changes into blocks, in UTC whatever their offsets', () => {
    const [billing, audit] = plan.history.items;
    expect(billing).toMatchObject({
      key: 'ENG-7',
      createdAt: '2026-01-05T09:00:00.000Z',
      transitions: [
        { to: 'in-progress', at: '2026-01-06T08:00:00.000Z' },
        { to: 'in-review', at: '2026-01-09T16:00:00.000Z' },
        { to: 'done', at: '2026-01-10T00:00:00.000Z' },
      ],
      blocks: [{ from: '2026-01-07T08:00:00.000Z', to: '2026-01-08T08:00:00.000Z', reason: 'Flagged as an impediment in Jira' }],
    });
    expect(audit).toMatchObject({ key: 'ENG-8', transitions: [{ to: 'in-progress', at: '2026-01-07T12:00:00.000Z' }] });
    const metrics = computeMetrics(plan.history, { today: '2026-01-20' });
    expect(metrics.items[0]).toMatchObject({ start: '2026-01-06', finish: '2026-01-10', blockedDays: 1 });
  });

  it('reads descriptions and comments in either format, and matches the assignee by e-mail in any case', () => {
    expect(plan.details.get('ENG-7')).toMatchObject({ description: 'Monthly CSV for finance.', ownerId: 'u-admin', tags: ['finance'], dueDate: '2026-01-31' });
    expect(plan.details.get('ENG-7')!.comments).toEqual([{ authorId: null, body: '*Outside Olga wrote:*\n\nPlease include VAT.', at: '2026-01-06T14:30:00.000Z' }]);
    expect(plan.details.get('ENG-8')).toMatchObject({ description: 'Plain text description', ownerId: null });
  });

  it('takes a bare array of issues, and names a bad instant by its path', () => {
    expect(jira(fixture('jira-issues.json').issues, { people }).history.items).toHaveLength(2);
    const broken = fixture('jira-issues.json');
    broken.issues[1].fields.created = '06/Jan/26 12:00 PM';
    expect(() => jira(broken, { people })).toThrow(/content\.issues\[1\]\.fields\.created/);
  });
});

describe('keys an import gives that the portfolio already uses', () => {
  const plan = trello(fixture('trello-board.json'), { people, keyPrefix: 'RM', firstNumber: 1 });

  it("are named anew in the items' order, details and all, and the report says which", () => {
    const freed = withFreeKeys(plan, new Set(['RM-1', 'RM-3']), { keyPrefix: 'RM', firstNumber: 10 });
    expect(freed.history.items.map((item) => item.key)).toEqual(['RM-10', 'RM-2', 'RM-11']);
    expect(freed.details.get('RM-10')).toBe(plan.details.get('RM-1'));
    expect(freed.details.has('RM-1')).toBe(false);
    expect(freed.report.warnings.at(-1)).toBe("2 of the file's keys are already used in this portfolio, so their items get a new key: RM-1 becomes RM-10, RM-3 becomes RM-11.");
    expect(withFreeKeys(plan, new Set(['XX-1']), { keyPrefix: 'RM', firstNumber: 10 })).toBe(plan);
  });

  it('are numbered above every key of the prefix', () => {
    expect(highestKeyNumber('RM', ['RM-3', 'RM-12', 'OPS-40', 'RM-x', 'RMX-99'])).toBe(12);
    expect(highestKeyNumber('R.M', ['RXM-5'])).toBe(0);
  });
});
