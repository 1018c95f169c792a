import type { Member } from '../api/types';

/** Most people suggested at once: enough to choose among, few enough to read. */
const MOST_SUGGESTED = 6;

/** Text as it is compared when someone is looked for: without case, accents, or the curly form of an apostrophe. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();

/**
 * The members a typed start of a mention may mean: by the start of their e-mail's local part or of a word of their name
 * ("zoe" finds Zoë, "arcy" finds D'Arcy), other than the writer and those deactivated.
 */
export function suggestedMembers(members: readonly Member[], query: string, myId: string | undefined): Member[] {
  const start = folded(query);
  // "D'Arcy" is found by "d'ar" and by "arcy", "Jean-Luc" by "jean-l" and by "luc".
  const words = (name: string) => [...folded(name).split(/\s+/), ...folded(name).split(/[\s'-]+/)];
  const fits = (member: Member) => folded(member.email).startsWith(start) || words(member.name).some((word) => word.startsWith(start));
  return members.filter((member) => member.active && member.userId !== myId && fits(member)).slice(0, MOST_SUGGESTED);
}
