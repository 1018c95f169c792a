import type { Decision } from '../api/types';

/** Each kind of decision as the card and its history say it. */
export const DECISION_WORDS: Record<Decision['kind'], string> = { go: 'Go', 'no-go': 'No-go', pivot: 'Pivot', persevere: 'Persevere', stop: 'Stop', declined: 'Declined', merged: 'Merged as a duplicate' };
