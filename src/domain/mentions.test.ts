import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionBeingTyped, mentionedMembers, mentionOf, mentionTokens } from './mentions';

const members = [
  { userId: '0192f3c4-aaaa-7bbb-8ccc-000000000001', email: 'ann.lee@example.org' },
  { userId: '0192f3c4-aaaa-7bbb-8ccc-000000000002', email: 'bob@example.org' },
  { userId: '0192f3c4-aaaa-7bbb-8ccc-000000000003', email: 'bob@other.example' },
];

describe('mentionTokens', () => {
  it('reads local parts, whole addresses and ids, lower-cased, once each, in order', () => {
    expect(mentionTokens('@Ann.Lee, see @bob@example.org and @0192F3C4-aaaa-7bbb-8ccc-000000000002. Thanks @ann.lee!')).toEqual([
      'ann.lee', 'bob@example.org', '0192f3c4-aaaa-7bbb-8ccc-000000000002',
    ]);
  });

  it('ignores addresses in running text and mentions inside code', () => {
    expect(mentionTokens('mail ann.lee@example.org')).toEqual([]);
    expect(mentionTokens('`@ann.lee` and\n```\n@bob\n```\nbut @carol')).toEqual(['carol']);
    expect(mentionTokens('~~~js\n@bob\n~~~')).toEqual([]);
  });

  it('reads no mention into a name written by hand in letters a mention cannot hold', () => {
    expect(mentionTokens('@Zoë please look, and @zoe too')).toEqual(['zoe']);
    expect(mentionTokens("@ann's draft")).toEqual(['ann']);
  });

  it('finds nothing in text without an @', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('@')), (text) => {
        expect(mentionTokens(text)).toEqual([]);
      }),
    );
  });

  it('finds a local part wherever it stands between spaces or punctuation', () => {
    const localPart = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]$/);
    const prose = fc.string().map((s) => s.replace(/[@`~]/g, ' '));
    fc.assert(
      fc.property(prose, localPart, prose, (before, local, after) => {
        expect(mentionTokens(`${before} @${local}, ${after}`)).toContain(local);
      }),
    );
  });
});

describe('mentionedMembers', () => {
  it('resolves tokens to members; a shared local part names each of its members', () => {
    expect(mentionedMembers('@ann.lee and @BOB', members)).toEqual([members[0]!.userId, members[1]!.userId, members[2]!.userId]);
    expect(mentionedMembers('@bob@other.example', members)).toEqual([members[2]!.userId]);
    expect(mentionedMembers(`@${members[1]!.userId}`, members)).toEqual([members[1]!.userId]);
    expect(mentionedMembers('@carol', members)).toEqual([]);
  });
});

describe('mentions while typing', () => {
  it('finds the mention the caret ends, not an address or a finished word', () => {
    expect(mentionBeingTyped('Ask @an', 7)).toEqual({ at: 4, query: 'an' });
    expect(mentionBeingTyped('@', 1)).toEqual({ at: 0, query: '' });
    expect(mentionBeingTyped('Ask @ann now', 8)).toEqual({ at: 4, query: 'ann' });
    expect(mentionBeingTyped('Ask @ann now', 12)).toBeNull();
    expect(mentionBeingTyped('mail ann@ex', 11)).toBeNull();
    expect(mentionBeingTyped('(@bo', 4)).toEqual({ at: 1, query: 'bo' });
    expect(mentionBeingTyped('@alex@two.example', 5)).toBeNull();
    expect(mentionBeingTyped('@alex@two.example', 17)).toBeNull();
    expect(mentionBeingTyped('@al and', 3)).toEqual({ at: 0, query: 'al' });
    // A name is typed in its own letters: accents, an apostrophe.
    expect(mentionBeingTyped('Ask @Zoë', 8)).toEqual({ at: 4, query: 'Zoë' });
    expect(mentionBeingTyped("cc @D'Ar", 8)).toEqual({ at: 3, query: "D'Ar" });
    expect(mentionBeingTyped('@Zo and @Zoë', 3)).toEqual({ at: 0, query: 'Zo' });
    expect(mentionBeingTyped('@Zoë', 3)).toBeNull();
  });

  it('mentions by id a member whose address a mention cannot hold', () => {
    const odd = [{ userId: 'u-9', email: "d'arcy@example.org" }, ...members];
    expect(mentionOf(odd[0]!, odd)).toBe('@u-9');
    expect(mentionedMembers(`Ask ${mentionOf(odd[0]!, odd)} now`, odd)).toEqual(['u-9']);
  });

  it('mentions by the local part, or by the whole address where another member shares it', () => {
    expect(mentionOf(members[0]!, members)).toBe('@ann.lee');
    expect(mentionOf(members[1]!, members)).toBe('@bob@example.org');
  });

  it('mentions by the whole address a member whose local part is another member\'s id', () => {
    const lookalike = [{ userId: 'u0', email: 'zed@example.org' }, { userId: 'u1', email: 'u0@example.org' }];
    expect(mentionOf(lookalike[1]!, lookalike)).toBe('@u0@example.org');
    expect(mentionedMembers(`Ask ${mentionOf(lookalike[1]!, lookalike)}`, lookalike)).toEqual(['u1']);
  });

  const localPart = fc.stringMatching(/^[a-z0-9](?:[a-z0-9._+-]{0,8}[a-z0-9])?$/);
  const domain = fc.constantFrom('example.org', 'other.example', 'mail.example.com');
  const people = fc.uniqueArray(fc.record({ local: localPart, domain }), { minLength: 1, maxLength: 6, selector: (person) => `${person.local}@${person.domain}`.toLowerCase() });

  it('inserts what mentions the chosen member alone, wherever it is typed', () => {
    fc.assert(
      fc.property(people, fc.nat(), fc.constantFrom('', 'Hi ', 'see (', 'line\n'), fc.constantFrom('', ' thanks', '. Done', ', and more'), (list, pick, before, after) => {
        const everyone = list.map((person, index) => ({ userId: `u${index}`, email: `${person.local}@${person.domain}` }));
        const chosen = everyone[pick % everyone.length]!;
        const typed = `${before}@${localPartOf(chosen.email).slice(0, 2)}`;
        expect(mentionBeingTyped(typed, typed.length)).toEqual({ at: before.length, query: localPartOf(chosen.email).slice(0, 2) });
        expect(mentionedMembers(`${before}${mentionOf(chosen, everyone)}${after}`, everyone)).toEqual([chosen.userId]);
      }),
    );
  });
});

const localPartOf = (email: string) => email.slice(0, email.lastIndexOf('@'));
