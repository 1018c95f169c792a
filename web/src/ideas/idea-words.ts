import { reasonAnswersFor } from '../../../src/domain/responsibility';
import type { FollowedIdea, Item, MyIdea } from '../api/types';
import { localReason } from '../shell/format';

/** Who proposed an idea, by name: a member named by `nameOf`, or the guest by the name they gave. */
export function submitterName(idea: Pick<Item, 'submittedBy' | 'submittedByGuest'>, nameOf: (userId: string) => string | undefined): string {
  if (idea.submittedBy) return nameOf(idea.submittedBy) ?? 'a former member';
  return idea.submittedByGuest ? `${idea.submittedByGuest} (guest)` : 'someone no longer known';
}

/** Where an idea stands, in a sentence a guest understands. */
export function statusWords(idea: Pick<FollowedIdea, 'status' | 'reason'>): string {
  switch (idea.status) {
    case 'open':
      return 'Open: the team is working through it.';
    case 'done':
      return 'Done: it has been delivered.';
    case 'declined':
      return `Declined${idea.reason ? `: ${idea.reason}` : '.'}`;
    case 'merged':
      return 'Merged with a similar idea, which carries it on together with its votes.';
  }
}

/** Why an idea is on the list: the reader proposed it, voted for it, or both. */
export function whyListed(idea: { submittedByMe: boolean; item: Pick<Item, 'votedByMe'> }): string {
  if (idea.submittedByMe) return idea.item.votedByMe ? 'You proposed it and vote for it' : 'You proposed it';
  return 'You vote for it';
}

/** Where an idea is now, in words: its column, or what triage or delivery made of it. */
export function whereNow(idea: Pick<MyIdea, 'status'> & { column: { name: string }; board: { name: string } }): string {
  if (idea.status === 'declined') return 'Declined';
  if (idea.status === 'merged') return 'Merged into another item';
  const where = `In ${idea.column.name} on ${idea.board.name}`;
  return idea.status === 'done' ? `Done (${where})` : where;
}

/**
 * Who answers for an open idea now, each with why: the §2 answer also names those only consulted or informed (the
 * reader among them, often), who answer for nothing and are left out here.
 */
export function whoAnswers(people: MyIdea['responsible']): string {
  const answering = people.map((person) => ({ ...person, reasons: person.reasons.filter(reasonAnswersFor) })).filter((person) => person.reasons.length > 0);
  if (answering.length === 0) return 'Nobody is responsible for it now';
  return `Who answers for it now: ${answering.map((person) => `${person.name} (${person.reasons.map((reason) => localReason(reason, person.delegations)).join(', ')})`).join('; ')}`;
}
