import { boardSettings } from './board-settings';
import { FLOW_HISTORY_FORMAT, type FlowHistory } from './flow-history';

/**
 * The export text of a flow history: defaults written out and keys in a fixed order, so that exporting
 * the same board twice gives byte-identical files and diffs between exports show only real changes.
 */
export function serializeFlowHistory(history: FlowHistory): string {
  const settings = boardSettings(history.board);
  const document = {
    format: FLOW_HISTORY_FORMAT,
    board: {
      name: history.board.name,
      committedColumn: settings.committedColumn,
      timeZone: settings.timeZone,
      cycleTimeCounting: settings.cycleTimeCounting,
      columns: history.board.columns.map(({ key, name, kind, wipLimit }) => ({ key, name, kind, wipLimit })),
    },
    items: history.items.map((item) => ({
      key: item.key,
      title: item.title,
      createdAt: item.createdAt,
      transitions: item.transitions.map(({ to, at }) => ({ to, at })),
      blocks: item.blocks.map(({ from, to, reason }) => ({ from, to, reason })),
      // Written only for a closed item, so the export of a board without one is what it always was.
      ...(item.closedAt === undefined ? {} : { closedAt: item.closedAt }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
