import type { FlowBlock, FlowHistory, FlowItem, FlowTransition } from './flow-history';

const NO_BLOCKS: readonly FlowBlock[] = Object.freeze([]);

/**
 * A flow item that keeps its transitions in one string: per move, the position of its column among the
 * board's columns and the length of its instant's text as one character each, then that text as written.
 * The server keeps boards' histories in memory (flow-history-cache.ts); as objects, 80,000 transitions were
 * 160,000 objects and strings that every full collection of the server marked, and that lengthened the
 * pauses every request in flight waits through. Packed, an item is a handful of objects whatever its moves.
 *
 * `transitions` unpacks on every read, into a list of its own that the item does not keep: read it once
 * per use. An item without blocks shares one frozen empty list.
 */
export class PackedFlowItem implements FlowItem {
  readonly key: string;
  readonly title: string;
  readonly createdAt: string;
  readonly blocks: FlowBlock[];
  // Declared only: a class field would be an own property even when absent, where an open item has none.
  declare readonly closedAt?: string;
  readonly transitionCount: number;
  readonly #columnKeys: readonly string[];
  readonly #moves: string;

  constructor(item: FlowItem, columnKeys: readonly string[], moves: string) {
    this.key = item.key;
    this.title = item.title;
    this.createdAt = item.createdAt;
    this.blocks = item.blocks.length === 0 ? (NO_BLOCKS as FlowBlock[]) : item.blocks;
    if (item.closedAt !== undefined) this.closedAt = item.closedAt;
    this.transitionCount = item.transitions.length;
    this.#columnKeys = columnKeys;
    this.#moves = moves;
  }

  get transitions(): FlowTransition[] {
    const moves = this.#moves;
    const transitions: FlowTransition[] = new Array(this.transitionCount);
    let offset = 0;
    for (let index = 0; index < transitions.length; index++) {
      const end = offset + 2 + moves.charCodeAt(offset + 1);
      transitions[index] = { to: this.#columnKeys[moves.charCodeAt(offset)]!, at: moves.slice(offset + 2, end) };
      offset = end;
    }
    return transitions;
  }

  /** The item as plain data, for JSON.stringify, which reads own properties only. */
  toJSON(): FlowItem {
    return { key: this.key, title: this.title, createdAt: this.createdAt, transitions: this.transitions, blocks: this.blocks, ...(this.closedAt === undefined ? {} : { closedAt: this.closedAt }) };
  }
}

/** Most characters a character code holds: a column position or an instant's length beyond it leaves the item as it is. */
const MAX_CODE = 0xffff;

/**
 * The item packed against the board's column keys (in board order; the list is shared, not copied), or the
 * item itself when it is packed already or one of its moves goes to a column not among them.
 */
export function packFlowItem(item: FlowItem, columnKeys: readonly string[], positions: ReadonlyMap<string, number>): FlowItem {
  if (item instanceof PackedFlowItem) return item;
  const parts: string[] = [];
  for (const { to, at } of item.transitions) {
    const position = positions.get(to);
    if (position === undefined || position > MAX_CODE || at.length > MAX_CODE) return item;
    parts.push(String.fromCharCode(position, at.length), at);
  }
  // Joined, not concatenated: a string built with += is kept as a tree of its pieces.
  return new PackedFlowItem(item, columnKeys, parts.join(''));
}

/** The history with its items packed against its board's columns, each packed already kept as it is (the same object). */
export function packHistory(history: FlowHistory): FlowHistory {
  const keys = history.board.columns.map((column) => column.key);
  const positions = new Map(keys.map((key, index) => [key, index]));
  return { ...history, items: history.items.map((item) => packFlowItem(item, keys, positions)) };
}
