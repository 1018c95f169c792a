/** A write to the server, from the moment it is sent until it is answered: a dialog's form keeps what it sent until then. */
export type Write = object;
export type SaveOutcome = 'saved' | 'failed';
type Listener = { started: (write: Write) => void; ended: (write: Write, outcome: SaveOutcome) => void };

const listeners = new Set<Listener>();

/** Told by the mutation cache (main.tsx) as each write the app sends starts: within the event that asked for it. */
export function tellSaveStarted(write: Write): void {
  for (const listener of listeners) listener.started(write);
}

/** Told by the mutation cache as each write is answered. */
export function tellSaveOutcome(write: Write, outcome: SaveOutcome): void {
  for (const listener of listeners) listener.ended(write, outcome);
}

/** Hears each write's start and outcome until the answered function is called. */
export function onSaves(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
