/** How a write to the server ended: whoever keeps what was sent (a dialog's unsaved entries) hears it. */
export type SaveOutcome = 'saved' | 'failed';

const listeners = new Set<(outcome: SaveOutcome) => void>();

/** Told by the mutation cache (main.tsx) for every write the app sends. */
export function tellSaveOutcome(outcome: SaveOutcome): void {
  for (const listener of listeners) listener(outcome);
}

/** Hears each write's outcome until the answered function is called. */
export function onSaveOutcome(listener: (outcome: SaveOutcome) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
