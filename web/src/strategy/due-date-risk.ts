import type { DueDateRisk, RoadmapItem } from '../api/types';
import { counted } from '../../../src/domain/words';

/** Each risk level in words (the roadmap never says it by colour alone) and a mark to scan by. */
export const RISK_LABELS: Record<DueDateRisk, { label: string; mark: string }> = {
  done: { label: 'Done', mark: '✓' },
  overdue: { label: 'Overdue', mark: '!' },
  on_track: { label: 'On track', mark: '●' },
  at_risk: { label: 'At risk', mark: '▲' },
  off_track: { label: 'Off track', mark: '✕' },
  unknown: { label: 'Unknown', mark: '?' },
};

/** Why the item has its risk level, from the board's forecast as the server computed it. */
export function riskExplanation(risk: RoadmapItem['risk']): string {
  switch (risk.level) {
    case 'done':
      return 'Finished.';
    case 'overdue':
      return 'The due date has passed and the item is not finished.';
    case 'unknown':
      return risk.note ?? 'No forecast can be made for its board yet.';
    default: {
      const { position, reachable } = risk;
      if (position === null || reachable === null) return '';
      const ahead = position === 1 ? 'It is next in its board\'s delivery order' : `It is number ${position} in its board's delivery order`;
      return `${ahead}; by the due date the board finishes ${counted(reachable.p85, 'item')} with 85% confidence and ${counted(reachable.p50, 'item')} with 50%.`;
    }
  }
}
