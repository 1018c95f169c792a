import { useCallback, useState } from 'react';
import { LANE_MODES, type LaneMode } from './lanes';

/** How a person likes to see one board: the lanes they chose (none yet: the board's setting) and the lanes they folded. */
export type LanePreferences = { mode?: LaneMode; collapsed: string[] };

const storageKey = (boardId: string) => `pk-board-lanes:${boardId}`;

export function readLanePreferences(boardId: string): LanePreferences {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(boardId)) ?? '{}') as Partial<LanePreferences>;
    const mode = LANE_MODES.find((m) => m === stored.mode);
    const collapsed = Array.isArray(stored.collapsed) ? stored.collapsed.filter((key) => typeof key === 'string') : [];
    return mode ? { mode, collapsed } : { collapsed };
  } catch {
    return { collapsed: [] };
  }
}

function writeLanePreferences(boardId: string, preferences: LanePreferences): void {
  try {
    localStorage.setItem(storageKey(boardId), JSON.stringify(preferences));
  } catch {
    // Without storage the choice lasts until the page is left.
  }
}

/** The person's lane choices for a board, kept in the browser across visits. */
export function useLanePreferences(boardId: string) {
  const [preferences, setPreferences] = useState(() => readLanePreferences(boardId));
  const update = useCallback(
    (change: (current: LanePreferences) => LanePreferences) =>
      setPreferences((current) => {
        const next = change(current);
        writeLanePreferences(boardId, next);
        return next;
      }),
    [boardId],
  );
  const chooseMode = useCallback((mode: LaneMode) => update((current) => ({ ...current, mode })), [update]);
  const toggleLane = useCallback(
    (laneKey: string) => update((current) => ({ ...current, collapsed: current.collapsed.includes(laneKey) ? current.collapsed.filter((k) => k !== laneKey) : [...current.collapsed, laneKey] })),
    [update],
  );
  return { chosenMode: preferences.mode, collapsed: preferences.collapsed, chooseMode, toggleLane };
}
