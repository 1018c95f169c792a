import fc from 'fast-check';
import { FLOW_HISTORY_FORMAT, type ColumnKind, type FlowBlock, type FlowColumn, type FlowHistory, type FlowItem } from './flow-history';

/**
 * Random valid flow-history documents for property tests: boards of three to eight columns of every
 * kind (a commitment column before the first done one, sometimes named explicitly), any counting and
 * several time zones; items created over six weeks that move forwards, backwards and sideways, some
 * starting in a later column, with closed blocks and at most one open one (the store keeps one open
 * block per item); some leave the board (declined or merged) after their last move. Instants are written with `Z`, `±HH:MM` or `±HHMM` offsets and sometimes
 * milliseconds, on a half-hour grid so that equal instants written differently do occur.
 */
const HALF_HOUR = 1_800_000;
const BASE = Date.UTC(2026, 0, 5, 9);
const TIME_ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'] as const;
const OFFSETS = [0, 120, -330, 60] as const;

type Spelling = { offsetMinutes: number; compact: boolean; millis: boolean };
const spelling: fc.Arbitrary<Spelling> = fc.record({ offsetMinutes: fc.constantFrom(...OFFSETS), compact: fc.boolean(), millis: fc.boolean() });

/** An instant as ISO-8601 text in the given offset: `2026-01-05T11:00:00+02:00`, `…+0200`, `…Z`, `…00.000Z`. */
export function spellInstant(ms: number, { offsetMinutes, compact, millis }: Spelling): string {
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString();
  const local = millis ? wall.slice(0, 23) : wall.slice(0, 19);
  if (offsetMinutes === 0 && !compact) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${local}${sign}${hours}${compact ? '' : ':'}${minutes}`;
}

const halfHours = (max: number) => fc.integer({ min: 0, max });

const boardArbitrary = fc.record({
  lead: fc.array(fc.constantFrom<ColumnKind>('queue', 'active'), { maxLength: 2 }),
  middle: fc.array(fc.constantFrom<ColumnKind>('queue', 'active'), { maxLength: 2 }),
  tail: fc.array(fc.constantFrom<ColumnKind>('queue', 'active', 'done'), { maxLength: 2 }),
  limits: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 8, maxLength: 8 }),
  committed: fc.option(fc.nat(), { nil: undefined }),
  timeZone: fc.option(fc.constantFrom(...TIME_ZONES), { nil: undefined }),
  cycleTimeCounting: fc.option(fc.constantFrom('inclusive' as const, 'exclusive' as const), { nil: undefined }),
});

const itemDraft = fc.record({
  created: halfHours(42 * 48),
  createdSpelling: spelling,
  startsLater: fc.boolean(),
  moves: fc.array(fc.record({ to: fc.nat(), after: halfHours(3 * 48), spelling }), { maxLength: 6 }),
  blocks: fc.array(fc.record({ after: halfHours(8 * 48), lasts: halfHours(4 * 48), spelling, endSpelling: spelling }), { maxLength: 2 }),
  lastBlockOpen: fc.boolean(),
  closesAfter: fc.option(fc.record({ after: halfHours(4 * 48), spelling }), { nil: null, freq: 4 }),
});

export const flowHistoryArbitrary: fc.Arbitrary<FlowHistory> = fc
  .record({ board: boardArbitrary, drafts: fc.array(itemDraft, { maxLength: 12 }) })
  .map(({ board, drafts }) => {
    const kinds = [...board.lead, 'active' as const, ...board.middle, 'done' as const, ...board.tail];
    const columns: FlowColumn[] = kinds.map((kind, index) => ({
      key: `c${index}`,
      name: `Column ${index}`,
      kind,
      // The store keeps no limit on done columns (PRODUCT.md §3), so a document never gives one.
      wipLimit: kind === 'done' ? null : board.limits[index]!,
    }));
    const doneIndex = kinds.indexOf('done');
    // Items in any order: a file need not list them by creation.
    const items = drafts.map((draft, index): FlowItem => {
      const createdMs = BASE + draft.created * HALF_HOUR;
      let at = createdMs;
      const transitions = draft.moves.map(({ to, after, spelling: moveSpelling }, position) => {
        at += (position === 0 && !draft.startsLater ? 0 : after) * HALF_HOUR;
        return { to: columns[to % columns.length]!.key, at: spellInstant(at, moveSpelling) };
      });
      const blocks = draft.blocks.map((block, position): FlowBlock => {
        const from = createdMs + block.after * HALF_HOUR;
        const open = draft.lastBlockOpen && position === draft.blocks.length - 1;
        return { from: spellInstant(from, block.spelling), to: open ? null : spellInstant(from + block.lasts * HALF_HOUR, block.endSpelling), reason: `reason ${position}` };
      });
      const closedAt = draft.closesAfter && spellInstant(at + draft.closesAfter.after * HALF_HOUR, draft.closesAfter.spelling);
      return { key: `I-${index + 1}`, title: `Item ${index + 1}`, createdAt: spellInstant(createdMs, draft.createdSpelling), transitions, blocks, ...(closedAt ? { closedAt } : {}) };
    });
    return {
      format: FLOW_HISTORY_FORMAT,
      board: {
        name: 'Generated board',
        ...(board.committed === undefined ? {} : { committedColumn: columns[board.committed % doneIndex]!.key }),
        ...(board.timeZone === undefined ? {} : { timeZone: board.timeZone }),
        ...(board.cycleTimeCounting === undefined ? {} : { cycleTimeCounting: board.cycleTimeCounting }),
        columns,
      },
      items,
    };
  });
