/**
 * How long dnd-kit swallows clicks after a pointer drop (its sensor's document listeners outlive the drag
 * by 50 ms, so that the drop does not click the card it lands on).
 */
const DROP_SWALLOWS_CLICKS_MS = 50;

/**
 * Opens what a move asks of the person (a confirmation, a refusal's fixes) once a drop no longer swallows
 * clicks: otherwise a quick first click in it — or one on a busy machine, whose timers run late — is lost.
 * Timers of equal delay run in the order they were set, so this runs after dnd-kit has stopped.
 */
export function afterDrop(open: () => void): void {
  setTimeout(open, DROP_SWALLOWS_CLICKS_MS);
}
