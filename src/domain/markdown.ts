import { Marked, type MarkedExtension, type MarkedOptions, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { firstMentionAt, leadingMention, mentionNames, type Mentionable } from './mentions';

/**
 * Markdown of descriptions and comments, rendered to HTML that is safe to insert into a page.
 *
 * Safety comes from what the renderer can emit rather than from cleaning its output afterwards
 * (DOMPurify needs a DOM, which the server does not have): marked escapes text, code and attribute
 * values itself; raw HTML in the source is shown as text instead of passed through; and a link keeps
 * its URL only when it is http, https or mailto, or a path of this app (`/boards/…`) — anything else, such as
 * `javascript:`, `data:` or `//another.host`, is rendered as its plain text. No renderer emits an event-handler
 * attribute.
 *
 * An image is shown as a link to it: loading it would tell its host who reads the card and when (the
 * Content-Security-Policy lets pages load images from this server only).
 */

const LINK_SCHEME = /^(https?:|mailto:)/i;
/**
 * A path on this server, as a link to a card or a page of the app is pasted: one slash, not two (`//host` and `/\host`
 * lead to another host), and no space or control character, which browsers drop from a URL (`/<tab>/host`).
 */
const APP_PATH = /^\/(?![/\\])[^\s\p{Cc}]*$/u;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const OPTIONS: MarkedExtension = {
  async: false,
  gfm: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link(token: Tokens.Link) {
      // `false` hands an allowed link to marked's own renderer, which escapes it.
      const href = token.href.trim();
      return LINK_SCHEME.test(href) || APP_PATH.test(href) ? false : this.parser.parseInline(token.tokens);
    },
    image(token: Tokens.Image) {
      const href = token.href.trim();
      if (!LINK_SCHEME.test(href) || /^mailto:/i.test(href)) return escapeHtml(token.text);
      return `<a href="${escapeHtml(href)}">${escapeHtml(token.text || href)}</a>`;
    },
  },
};

/** A comment's parse: the names (mentionNames) of the members it mentions. */
type CommentOptions = MarkedOptions & { mentioned: ReadonlySet<string> };

/**
 * A comment's @mentions (domain/mentions.ts) stand out, as written, where they notify someone: not in code, not in an
 * e-mail address, and not when they name nobody the comment mentions (`@nobody`, someone outside the portfolio).
 */
const mention: TokenizerAndRendererExtension = {
  name: 'mention',
  level: 'inline',
  start: firstMentionAt,
  tokenizer(prose, tokensBefore) {
    const written = leadingMention(prose, tokensBefore.at(-1)?.raw ?? '');
    const { mentioned } = this.lexer.options as CommentOptions;
    return written && mentioned.has(written.slice(1).toLowerCase()) ? { type: 'mention', raw: written, text: written } : undefined;
  },
  renderer: (token) => `<span class="mention">${escapeHtml(token.text as string)}</span>`,
};

const markdown = new Marked(OPTIONS);
const commentMarkdown = new Marked(OPTIONS, { extensions: [mention] });

/** `mentioned`: a comment's, the members it mentions, whose mentions stand out; other texts mention nobody. */
export function renderMarkdown(text: string, { mentioned }: { mentioned?: readonly Mentionable[] } = {}): string {
  if (text.trim() === '') return '';
  if (!mentioned) return markdown.parse(text) as string;
  const options: CommentOptions = { mentioned: new Set(mentioned.flatMap(mentionNames)) };
  return commentMarkdown.parse(text, options) as string;
}
