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
const MENTION = /(?<![A-Za-z0-9._%+\-@])@([A-Za-z0-9._%+-]+(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/g;
const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;

/** The mention tokens of a Markdown text, lower-cased, without duplicates, in order of first appearance. */
export function mentionTokens(markdown: string): string[] {
  const prose = markdown.replace(FENCED_CODE, ' ').replace(INLINE_CODE, ' ');
  const tokens = [...prose.matchAll(MENTION)].map((match) => match[1]!.replace(/\.+$/, '').toLowerCase()).filter(Boolean);
  return [...new Set(tokens)];
}

export type Mentionable = { userId: string; email: string };

/** The members a text mentions, in order of first mention. */
export function mentionedMembers(markdown: string, members: readonly Mentionable[]): string[] {
  const mentioned = new Set<string>();
  for (const token of mentionTokens(markdown)) {
    for (const member of members) {
      const email = member.email.toLowerCase();
      if (token === member.userId.toLowerCase() || token === email || token === email.slice(0, email.lastIndexOf('@'))) mentioned.add(member.userId);
    }
  }
  return [...mentioned];
}
