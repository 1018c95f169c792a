/**
 * A board answer leaves out each card field that holds its usual value (no block, no value stream, no
 * dependencies, no children, standard class of service…): most cards are mostly usual, and a 1,000-card
 * board then stays a few hundred kilobytes. Clients put the values back with `withCardDefaults`.
 */
export const CARD_DEFAULTS = {
  block: null,
  classOfService: 'standard',
  valueStream: null,
  themes: [],
  checkedCriteria: [],
  blockedBy: [],
  blocks: [],
  openBlockers: 0,
  pendingApprovalId: null,
  progress: { done: 0, total: 0 },
  wsjf: { jobSize: null, costOfDelay: null, score: null },
  source: null,
  submittedBy: null,
  submittedByGuest: null,
  votes: 0,
  votedByMe: false,
} as const;

export type CardDefaultField = keyof typeof CARD_DEFAULTS;

/** Whether a value equals its field's usual one: an empty list, or an object whose fields all are usual. */
function isUsual(usual: unknown, value: unknown): boolean {
  if (Array.isArray(usual)) return Array.isArray(value) && value.length === 0;
  if (usual !== null && typeof usual === 'object') {
    if (value === null || typeof value !== 'object') return false;
    return Object.entries(usual).every(([key, inner]) => (value as Record<string, unknown>)[key] === inner);
  }
  return value === usual;
}

/** The card without the fields that hold their usual value. */
export function withoutCardDefaults<Card extends Record<CardDefaultField, unknown>>(card: Card): Omit<Card, CardDefaultField> & Partial<Card> {
  const compact: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(card)) {
    if (!(field in CARD_DEFAULTS) || !isUsual(CARD_DEFAULTS[field as CardDefaultField], value)) compact[field] = value;
  }
  return compact as Omit<Card, CardDefaultField> & Partial<Card>;
}

/** The card with every field left out put back at its usual value (shared by all cards: cards are never changed in place). */
export function withCardDefaults<Card extends Record<CardDefaultField, unknown>>(compact: Omit<Card, CardDefaultField> & Partial<Card>): Card {
  const card: Record<string, unknown> = { ...compact };
  for (const [field, usual] of Object.entries(CARD_DEFAULTS)) if (!(field in card)) card[field] = usual;
  return card as Card;
}
