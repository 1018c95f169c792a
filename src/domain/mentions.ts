/**
 * @mentions in comments (Markdown). A mention is "@" followed by one of
 *   - the local part of a member's e-mail address: `@ann.lee` for ann.lee@example.org,
 *   - a member's whole e-mail address: `@ann.lee@example.org` (when two members share a local part),
 *   - a member's user id: `@0192f3c4-…`.
 * The "@" must not follow a letter, a digit or one of `. _ % + - @`, so an e-mail address in running text
 * (`write to ann@example.org`) mentions nobody. Matching ignores case; a trailing "." is punctuation.
 * Mentions inside code (`inline` or fenced blocks) do not count. A local part shared by several members
 * mentions each of them. Only members of the item's portfolio can be mentioned.
 */
const TOKEN = /([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/.source;
/** What an "@" that starts a mention must not follow. */
const PART_OF_A_WORD = /[A-Za-z0-9._%+\-@]/.source;
/** A mention ends where the word does: "@Zoë" written by hand names nobody, rather than "@Zo". */
const ENDS_THE_WORD = '(?![\\p{L}\\p{M}])';
const MENTION = new RegExp(`(?<!${PART_OF_A_WORD})@${TOKEN}${ENDS_THE_WORD}`, 'gu');
const MENTION_AT_START = new RegExp(`^@${TOKEN}${ENDS_THE_WORD}`, 'u');
const ENDS_A_WORD = new RegExp(`${PART_OF_A_WORD}$`);
const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;

/** A mention's token as written, without the trailing dots that end a sentence. */
function tokenOf(match: RegExpMatchArray): string {
  return match[1]!.replace(/\.+$/, '');
}

/** The mention tokens of a Markdown text, lower-cased, without duplicates, in order of first appearance. */
export function mentionTokens(markdown: string): string[] {
  const prose = markdown.replace(FENCED_CODE, ' ').replace(INLINE_CODE, ' ');
  const tokens = [...prose.matchAll(MENTION)].map((match) => tokenOf(match).toLowerCase()).filter(Boolean);
  return [...new Set(tokens)];
}

/** Where the first mention of a stretch of prose starts, if it has one. */
export function firstMentionAt(prose: string): number | undefined {
  const at = prose.search(MENTION);
  return at === -1 ? undefined : at;
}

/**
 * The mention a stretch of prose starts with ("@ann.lee" of "@ann.lee. Thanks"), as written, or null; `before` is
 * the text it follows ("ann" of "ann@example" mentions nobody).
 */
export function leadingMention(prose: string, before: string): string | null {
  const match = ENDS_A_WORD.test(before) ? null : MENTION_AT_START.exec(prose);
  const token = match ? tokenOf(match) : '';
  return token ? `@${token}` : null;
}

export type Mentionable = { userId: string; email: string };

/** What a mention of a member may say, lower-cased: their id, their address and its local part. */
export function mentionNames(member: Mentionable): string[] {
  const email = member.email.toLowerCase();
  return [member.userId.toLowerCase(), email, email.slice(0, email.lastIndexOf('@'))];
}

/** The members a text mentions, in order of first mention. */
export function mentionedMembers(markdown: string, members: readonly Mentionable[]): string[] {
  const mentioned = new Set<string>();
  for (const token of mentionTokens(markdown)) {
    for (const member of members) if (mentionNames(member).includes(token)) mentioned.add(member.userId);
  }
  return [...mentioned];
}

/**
 * What is typed after an "@" to find someone: the start of an address, or of a name in any letters, with accents or an
 * apostrophe ("@Zoë", "@D'Arcy"); the mention written for the one chosen is an address or an id (`mentionOf`).
 */
const TYPED_SO_FAR = /@([\p{L}\p{M}\p{N}._%+'’-]*)$/u;
const STARTS_A_WORD = /^[\p{L}\p{M}\p{N}._%+'’@-]/u;

/**
 * The mention being typed right before `caret`: where its "@" is and the start of a local part or name typed after it
 * (what suggestions are chosen by), or null when the caret does not end one ("ann@ex|" is an address, not a mention).
 */
export function mentionBeingTyped(text: string, caret: number): { at: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = TYPED_SO_FAR.exec(before);
  // The caret inside a word ("@al|ex@two.example") is not typing a mention's end.
  if (!match || ENDS_A_WORD.test(before.slice(0, match.index)) || STARTS_A_WORD.test(text.slice(caret))) return null;
  return { at: match.index, query: match[1]! };
}

const WHOLE_TOKEN = new RegExp(`^${TOKEN}$`);
const localPartOf = (email: string) => email.slice(0, email.lastIndexOf('@'));

/**
 * How a comment mentions `member` and no one else of `members`: by their e-mail's local part, by the whole address
 * when another member's address or id says the same, or by their id when the address has characters a mention cannot hold (`d'arcy`).
 */
export function mentionOf(member: Mentionable, members: readonly Mentionable[]): string {
  const local = localPartOf(member.email).toLowerCase();
  // Another member's id can read like a local part too ("@u0"), so every name a mention may say is compared.
  const shared = members.some((other) => other.userId !== member.userId && mentionNames(other).includes(local));
  const written = shared ? member.email : localPartOf(member.email);
  return `@${WHOLE_TOKEN.test(written) && !written.endsWith('.') ? written : member.userId}`;
}
