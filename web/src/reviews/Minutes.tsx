import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { renderMarkdown } from '../../../src/domain/markdown';
import { API, explain } from '../api/http';
import { MarkdownHtml } from '../card/MarkdownHtml';
import { formatDate } from '../shell/format';
import { portfolioLink } from '../shell/paths';
import { minutesPath, useMinutes } from './queries';
import type { ReviewSummary } from '../api/types';

/** A closed review's minutes as the server writes them, to read, download as Markdown or print. */
export function Minutes({ review }: { review: ReviewSummary }) {
  const minutes = useMinutes(review.id);
  const html = useMemo(() => (minutes.data ? renderMarkdown(minutes.data) : ''), [minutes.data]);
  return (
    <section className="review-minutes" aria-labelledby="minutes-heading">
      <div className="review-header no-print">
        <h2 id="minutes-heading">Minutes: {review.title}</h2>
        <p className="hint">
          Held {formatDate(review.startedAt)}
          {review.facilitatorName ? `, run by ${review.facilitatorName}` : ''} · <Link {...portfolioLink(review.portfolioId, 'reviews')}>All reviews</Link>
        </p>
        <div className="actions">
          <a className="button" href={`${API}${minutesPath(review.id)}`} download={`${review.title}.md`}>
            Download Markdown
          </a>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <a href={`${API}${minutesPath(review.id)}?format=html`} target="_blank" rel="noreferrer">
            Printable page
          </a>
        </div>
      </div>
      {minutes.isPending && <p className="hint">Loading the minutes…</p>}
      {minutes.isError && <p role="alert">{explain(minutes.error)}</p>}
      {minutes.data && <MarkdownHtml className="markdown minutes-text printable" html={html} />}
    </section>
  );
}
