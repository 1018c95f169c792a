import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';
import { mentionTokens, type Mentionable } from './mentions';

const SAFE_TAGS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'input', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span',
]);
const SAFE_ATTRIBUTES = new Set(['href', 'title', 'src', 'alt', 'class', 'start', 'type', 'checked', 'disabled', 'align']);

/** Every tag and attribute the HTML holds, read the way a browser tokenises start tags. */
function tagsOf(html: string): { tag: string; attributes: Record<string, string> }[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map(([, tag, rest]) => ({
    tag: tag!.toLowerCase(),
    attributes: Object.fromEntries([...rest!.matchAll(/([^\s"'=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)].map(([, name, value]) => [name!.toLowerCase(), (value ?? '').replace(/^["']|["']$/g, '')])),
  }));
}

function expectSafe(html: string): void {
  for (const { tag, attributes } of tagsOf(html)) {
    expect(SAFE_TAGS, `tag <${tag}> in ${html}`).toContain(tag);
    for (const [name, value] of Object.entries(attributes)) {
      expect(SAFE_ATTRIBUTES, `attribute ${name} in ${html}`).toContain(name);
      if (name === 'href') expect(value, html).toMatch(/^(https?:|mailto:|\/(?![/\\])[^\s\p{Cc}]*$)/iu);
      if (name === 'src') expect(value, html).toMatch(/^https?:/i);
    }
  }
}

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  'text <span onclick="steal()">click</span>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](  javascript:alert(1))',
  '[x](jav&#x61;script:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<javascript:alert(1)>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '![x](javascript:alert(1))',
  '![x" onerror="alert(1)](https://example.org/a.png)',
  '[x](https://example.org/"onmouseover="alert(1))',
  '[x](<https://example.org/ onmouseover=alert(1)>)',
  '[x](https://example.org "t\\" onmouseover=\\"alert(1)")',
  '```js" onmouseover="alert(1)\ncode\n```',
  '<details open ontoggle=alert(1)>',
  '<style>body{display:none}</style>',
  '<!-- <script>alert(1)</script> -->',
  '<<script>script>alert(1)<</script>/script>',
];

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('Hello **world** and _you_')).toBe('<p>Hello <strong>world</strong> and <em>you</em></p>\n');
    expect(renderMarkdown('# Title')).toBe('<h1>Title</h1>\n');
    expect(renderMarkdown('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
    expect(renderMarkdown('`a < b`')).toBe('<p><code>a &lt; b</code></p>\n');
  });

  it('renders nothing for empty text', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown('  \n ')).toBe('');
  });

  it('keeps http, https and mailto links', () => {
    expect(renderMarkdown('[site](https://example.org/a?b=1&c=2)')).toBe('<p><a href="https://example.org/a?b=1&amp;c=2">site</a></p>\n');
    expect(renderMarkdown('[site](http://example.org)')).toBe('<p><a href="http://example.org">site</a></p>\n');
    expect(renderMarkdown('[mail](mailto:someone@example.org)')).toBe('<p><a href="mailto:someone@example.org">mail</a></p>\n');
  });

  it('shows an image as a link to it, which loads nothing from its host until followed', () => {
    expect(renderMarkdown('![chart](https://example.org/c.png)')).toBe('<p><a href="https://example.org/c.png">chart</a></p>\n');
    expect(renderMarkdown('![](http://example.org/c.png?a=1&b="2")')).toBe('<p><a href="http://example.org/c.png?a=1&amp;b=&quot;2&quot;">http://example.org/c.png?a=1&amp;b=&quot;2&quot;</a></p>\n');
    expect(renderMarkdown('![chart](mailto:someone@example.org)')).toBe('<p>chart</p>\n');
  });

  it('shows raw HTML as text', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).not.toContain('<script');
    expect(renderMarkdown('a <b onclick="x()">b</b>')).toBe('<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>\n');
  });

  it('keeps a link to a page of this app, and not one that leads to another host', () => {
    expect(renderMarkdown('[the card](/boards/b1/items/i1#approval)')).toBe('<p><a href="/boards/b1/items/i1#approval">the card</a></p>\n');
    expect(renderMarkdown('[x](//evil.example/a)')).toBe('<p>x</p>\n');
    expect(renderMarkdown('[x](/\\evil.example/a)')).toBe('<p>x</p>\n');
    expect(renderMarkdown('[x](</\t/evil.example>)')).toBe('<p>x</p>\n');
  });

  it('renders a link with another scheme as its text only', () => {
    expect(renderMarkdown('[click me](javascript:alert(1))')).toBe('<p>click me</p>\n');
    expect(renderMarkdown('![alt <b>](javascript:alert(1))')).toBe('<p>alt &lt;b&gt;</p>\n');
  });

  it.each(XSS_PAYLOADS)('neutralises %s', (payload) => {
    expectSafe(renderMarkdown(payload));
  });

  it('never emits an unsafe tag, attribute or URL, whatever the input', () => {
    const fragment = fc.constantFrom(...XSS_PAYLOADS, '**', '[', '](', ')', '<', '>', '"', "'", '\n', '\n\n', '`', '```', ' ', 'https://example.org', 'javascript:', 'on', '=', '&#x61;', '!', '/', '//', '\\', '\t');
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string(), fc.constant('@')), { maxLength: 12 }), fc.boolean(), (parts, comment) => {
        const text = parts.join('');
        expectSafe(renderMarkdown(text, comment ? { mentioned: mentioning(mentionTokens(text)) } : {}));
      }),
    );
  });
});

/** Members mentioned by their ids, `tokens`; no mention can name their address (`_@_`). */
const mentioning = (tokens: readonly string[]): Mentionable[] => tokens.map((userId) => ({ userId, email: '_@_' }));
const [ann, bob, dan, eve] = ['ann.lee', 'bob', 'dan', 'eve'].map((local, index) => ({ userId: `u-${index}`, email: `${local}@example.org` }));

/** The mentions a comment's HTML shows, lower-cased, once each, in order. */
const shownMentions = (html: string) => [...new Set([...html.matchAll(/<span class="mention">@([^<]*)<\/span>/g)].map(([, token]) => token!.toLowerCase()))];

describe('mentions in comments', () => {
  it('stand out as written, without the punctuation after them', () => {
    expect(renderMarkdown('Ready, @Ann.Lee. Over to @bob@example.org!', { mentioned: [ann!, bob!] })).toBe(
      '<p>Ready, <span class="mention">@Ann.Lee</span>. Over to <span class="mention">@bob@example.org</span>!</p>\n',
    );
    expect(renderMarkdown('**@dan** and [ask @eve](https://example.org)', { mentioned: [dan!, eve!] })).toBe(
      '<p><strong><span class="mention">@dan</span></strong> and <a href="https://example.org">ask <span class="mention">@eve</span></a></p>\n',
    );
  });

  it('do not stand out cut short: a name written by hand in letters a mention cannot hold is plain text', () => {
    expect(renderMarkdown('@Zoë, please look', { mentioned: mentioning(['zo']) })).toBe('<p>@Zoë, please look</p>\n');
  });

  it('stay plain text when they name none of the members the comment mentions', () => {
    expect(renderMarkdown('@nobody and @u-0, ask @dan', { mentioned: [dan!] })).toBe('<p>@nobody and @u-0, ask <span class="mention">@dan</span></p>\n');
    expect(renderMarkdown(`@${ann!.userId}: see @Bob.`, { mentioned: [ann!, bob!] })).toBe('<p><span class="mention">@u-0</span>: see <span class="mention">@Bob</span>.</p>\n');
  });

  it('are not read in code, in e-mail addresses or after a word, as they do not notify there', () => {
    expect(renderMarkdown('`@bob`, x@y and mail ann@example.org\n\n```\n@carol\n```', { mentioned: mentioning(['bob', 'y', 'ann', 'carol']) })).toBe(
      '<p><code>@bob</code>, x@y and mail <a href="mailto:ann@example.org">ann@example.org</a></p>\n<pre><code>@carol\n</code></pre>\n',
    );
  });

  it('stay plain text in descriptions, where they notify nobody', () => {
    expect(renderMarkdown('Ask @ann.lee')).toBe('<p>Ask @ann.lee</p>\n');
  });

  it('are shown exactly where they notify, and only those that name a mentioned member', () => {
    const word = fc.stringMatching(/^[a-z0-9][a-z0-9.+-]{0,8}$/);
    const fragment = fc.oneof(
      word,
      word.map((w) => `@${w}`),
      word.map((w) => `@${w}@example.org`),
      word.map((w) => `\`@${w}\``),
      word.map((w) => `**@${w}**`),
      fc.constantFrom(' ', ', ', '. ', '!', '\n', '\n\n', '@', '(', ')'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (parts, named) => {
        const text = parts.join('');
        const members = mentionTokens(text).filter((_, index) => named[index % named.length]);
        expect(shownMentions(renderMarkdown(text, { mentioned: mentioning(members) }))).toEqual(members);
      }),
    );
  });
});
