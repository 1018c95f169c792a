import { describe, expect, it } from 'vitest';
import type { Swimlane } from '../api/types';
import { applyLaneChange, boardLanes, effectiveLaneMode, itemsByLane, laneChangeFor, laneKeyOf, layOutBoard, NO_VALUE_STREAM_LANE, valueStreamNames } from './lanes';
import { board, column, item } from './test-board';

const lane = (value: string, name: string, position: number): Swimlane => ({ id: `lane-${value}`, name, kind: 'value_stream', value, position, version: 1 });
const withStreams = { swimlanes: [lane('vs-web', 'Web shop', 1), lane('vs-retail', 'Retail', 0)] };
const columns = [column('todo'), column('doing')];

describe('boardLanes', () => {
  it('has no lanes without a mode', () => {
    expect(boardLanes(withStreams, 'none')).toEqual([]);
  });
  it('cuts by class of service from the most urgent class down', () => {
    expect(boardLanes(withStreams, 'class_of_service').map((l) => [l.name, l.change])).toEqual([
      ['Expedite', { classOfService: 'expedite' }],
      ['Fixed date', { classOfService: 'fixed_date' }],
      ['Standard', { classOfService: 'standard' }],
      ['Intangible', { classOfService: 'intangible' }],
    ]);
  });
  it("cuts by the board's value-stream lanes in their order, then a lane for cards without a stream", () => {
    expect(boardLanes(withStreams, 'value_stream').map((l) => [l.name, l.change])).toEqual([
      ['Retail', { valueStream: 'vs-retail' }],
      ['Web shop', { valueStream: 'vs-web' }],
      ['No value stream', { valueStream: null }],
    ]);
  });
  it('ignores lanes of other kinds', () => {
    expect(boardLanes({ swimlanes: [{ ...lane('x', 'Other', 0), kind: 'team' }] }, 'value_stream').map((l) => l.key)).toEqual([NO_VALUE_STREAM_LANE]);
  });
});

describe('effectiveLaneMode', () => {
  it("follows the board's setting until the person chooses", () => {
    expect(effectiveLaneMode(undefined, withStreams)).toBe('value_stream');
    expect(effectiveLaneMode(undefined, { swimlanes: [] })).toBe('none');
    expect(effectiveLaneMode('class_of_service', withStreams)).toBe('class_of_service');
    expect(effectiveLaneMode('none', withStreams)).toBe('none');
  });
  it('cannot show value streams on a board that has not turned them on', () => {
    expect(effectiveLaneMode('value_stream', { swimlanes: [] })).toBe('none');
  });
});

describe('placing cards into lanes', () => {
  const lanes = boardLanes(withStreams, 'value_stream');
  const retail = item('a', 'todo', 'a1', { valueStream: 'vs-retail' });
  const web = item('b', 'doing', 'a0', { valueStream: 'vs-web' });
  const loose = item('c', 'todo', 'a0');
  const orphan = item('d', 'todo', 'a2', { valueStream: 'vs-gone' });

  it("puts each card in its value stream's lane, and those without one (or with a stream the board has no lane for) in the last", () => {
    expect(laneKeyOf(retail, lanes, 'value_stream')).toBe(lanes[0]!.key);
    expect(laneKeyOf(web, lanes, 'value_stream')).toBe(lanes[1]!.key);
    expect(laneKeyOf(loose, lanes, 'value_stream')).toBe(NO_VALUE_STREAM_LANE);
    expect(laneKeyOf(orphan, lanes, 'value_stream')).toBe(NO_VALUE_STREAM_LANE);
  });

  it('groups by lane, then by column in rank order, keeping empty cells', () => {
    const grouped = itemsByLane(columns, [retail, web, loose, orphan, item('e', 'todo', 'a0', { valueStream: 'vs-retail' })], lanes, 'value_stream');
    const ids = (laneKey: string, columnId: string) => grouped.get(laneKey)!.get(columnId)!.map((i) => i.id);
    expect(ids(lanes[0]!.key, 'todo')).toEqual(['e', 'a']);
    expect(ids(lanes[0]!.key, 'doing')).toEqual([]);
    expect(ids(lanes[1]!.key, 'doing')).toEqual(['b']);
    expect(ids(NO_VALUE_STREAM_LANE, 'todo')).toEqual(['c', 'd']);
  });

  it('without lanes, keeps one row of every column', () => {
    const grouped = itemsByLane(columns, [retail, loose], [], 'none');
    expect([...grouped.keys()]).toEqual(['']);
    expect(grouped.get('')!.get('todo')!.map((i) => i.id)).toEqual(['c', 'a']);
  });

  it('groups by class of service; a class it does not know goes with the standard cards', () => {
    const byClass = boardLanes({ swimlanes: [] }, 'class_of_service');
    const odd = item('x', 'todo', 'a0', { classOfService: 'someday' });
    expect(laneKeyOf(item('y', 'todo', 'a0', { classOfService: 'expedite' }), byClass, 'class_of_service')).toBe(byClass[0]!.key);
    expect(laneKeyOf(odd, byClass, 'class_of_service')).toBe(byClass[2]!.key);
  });

  it("asks for the lane's value only when the card is not in that lane yet", () => {
    expect(laneChangeFor(retail, lanes[1]!, lanes, 'value_stream')).toEqual({ valueStream: 'vs-web' });
    expect(laneChangeFor(retail, lanes[0]!, lanes, 'value_stream')).toBeNull();
    expect(laneChangeFor(retail, lanes[2]!, lanes, 'value_stream')).toEqual({ valueStream: null });
    expect(laneChangeFor(orphan, lanes[2]!, lanes, 'value_stream')).toBeNull();
  });

  it('shows a lane change at once by giving the card the lane value', () => {
    const before = board(columns, [retail, web]);
    const after = applyLaneChange(before, 'a', { valueStream: 'vs-web' });
    expect(laneKeyOf(after.items.find((i) => i.id === 'a')!, lanes, 'value_stream')).toBe(lanes[1]!.key);
    expect(after.items.find((i) => i.id === 'b')).toBe(web);
    expect(before.items[0]!.valueStream).toBe('vs-retail');
  });
});

describe('layOutBoard', () => {
  const lanes = boardLanes({ swimlanes: [] }, 'class_of_service');
  const cards = [
    item('a', 'todo', 'a0', { classOfService: 'expedite', title: 'Outage fix' }),
    item('b', 'todo', 'a1', { title: 'Checkout' }),
    item('c', 'doing', 'a0', { classOfService: 'expedite', title: 'Security patch' }),
  ];

  it('counts every card per column and per lane, and shows those the filter lets through', () => {
    const layout = layOutBoard(board(columns, cards), lanes, 'class_of_service', (i) => i.title !== 'Checkout');
    expect(layout.columnTotals).toEqual(new Map([['todo', 2], ['doing', 1]]));
    expect(layout.laneTotals.get(lanes[0]!.key)).toBe(2);
    expect(layout.laneTotals.get(lanes[2]!.key)).toBe(1);
    expect(layout.visible.get(lanes[2]!.key)!.get('todo')).toEqual([]);
    expect(layout.visible.get(lanes[0]!.key)!.get('todo')!.map((i) => i.id)).toEqual(['a']);
    expect(layout.shown).toBe(2);
  });

  it('without lanes, lays the board out as plain columns', () => {
    const layout = layOutBoard(board(columns, cards), [], 'none', () => true);
    expect(layout.visible.get('')!.get('todo')!.map((i) => i.id)).toEqual(['a', 'b']);
    expect(layout.shown).toBe(3);
  });
});

describe('valueStreamNames', () => {
  it("names a card's value stream by the lane that shows it", () => {
    expect(valueStreamNames(withStreams)).toEqual(new Map([['vs-web', 'Web shop'], ['vs-retail', 'Retail']]));
  });
});
