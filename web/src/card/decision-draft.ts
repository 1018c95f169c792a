/** What an approver writes down with any decision: why, and the links it rests on (one per line). */
export type DecisionDraft = { rationale: string; evidence: string };

export const EMPTY_DRAFT: DecisionDraft = { rationale: '', evidence: '' };

/** The draft as the API takes it: the rationale trimmed, the evidence as a list of links. */
export function decisionBody(draft: DecisionDraft): { rationale: string; evidence?: string[] } {
  const evidence = draft.evidence.split('\n').map((line) => line.trim()).filter(Boolean);
  return { rationale: draft.rationale.trim(), ...(evidence.length ? { evidence } : {}) };
}

/** Whether every evidence line is a web link, as the decision log keeps them. */
export function evidenceIsLinks(draft: DecisionDraft): boolean {
  return (decisionBody(draft).evidence ?? []).every((line) => /^https?:\/\/\S+$/.test(line));
}
