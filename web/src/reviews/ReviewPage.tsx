import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useBoardEvents } from '../api/board-events';
import { answer, api, explain } from '../api/http';
import { keys, useBoard, useItem, useMe, usePortfolio } from '../api/queries';
import { CardLoading } from '../card/CardLoading';
import { ReviewContext } from '../card/decision-form';
import { formatDate } from '../shell/format';
import { Loading } from '../shell/Loading';
import { notify } from '../shell/notices';
import { portfolioLink } from '../shell/paths';
import { REVIEW_KEYS, useKeys } from '../shell/shortcuts';
import { AgendaEntryView } from './AgendaEntryView';
import { Minutes } from './Minutes';
import { useReview } from './queries';
import type { Review, ReviewEntry } from '../api/types';
import './reviews.css';
import { BusyButton } from '../setup/FieldErrors';

const CardDialog = lazy(() => import('../card/CardDialog'));


/** A review: walked entry by entry while it is open, its minutes once it is closed. */
export default function ReviewPage({ portfolioId, reviewId }: { portfolioId: string; reviewId: string }) {
  const review = useReview(reviewId);
  if (review.isPending) return <Loading label="Loading the review…" />;
  if (review.isError) return <p className="form-error" role="alert">{explain(review.error)}</p>;
  return review.data.status === 'closed' ? <Minutes review={review.data} /> : <ReviewMode portfolioId={portfolioId} review={review.data} />;
}

const [NEXT, PREVIOUS] = REVIEW_KEYS;
const NEXT_KEYS = [NEXT.key, NEXT.alternative];
const PREVIOUS_KEYS = [PREVIOUS.key, PREVIOUS.alternative];

/**
 * Review mode: the agenda one entry at a time. The facilitator leads — where they are is saved, and
 * everyone else's page follows it unless they step away to read another entry.
 */
function ReviewMode({ portfolioId, review }: { portfolioId: string; review: Review }) {
  const me = useMe().data;
  const portfolio = usePortfolio(portfolioId).data;
  const facilitating = me?.id === review.facilitatorId;
  const mayRecord = portfolio?.myCapabilities.includes('review.facilitate') ?? false;
  const [ownPlace, setOwnPlace] = useState<string | null>(null);
  const queryClient = useQueryClient();
  // Whoever opens the review attends it: the minutes list them.
  useEffect(() => {
    answer(api.POST('/api/v1/reviews/{id}/attendance', { params: { path: { id: review.id } } })).catch(() => {});
  }, [review.id]);
  // The page that started or opened the review is gone: the keyboard starts at the review's title, not the page's top.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [review.id]);

  // The facilitator's own steps are saved as the review's place; anyone else may step away and follow again.
  const followedId = ownPlace ?? review.positionEntryId;
  const index = Math.max(0, review.entries.findIndex((e) => e.id === followedId));
  const entry: ReviewEntry | undefined = review.entries[index];

  const place = useMutation({
    mutationFn: (entryId: string) => answer(api.PUT('/api/v1/reviews/{id}/position', { params: { path: { id: review.id } }, body: { entryId } })),
    onError: (error) => notify(explain(error), 'error'),
  });
  const goTo = (next: number) => {
    const target = review.entries[Math.max(0, Math.min(review.entries.length - 1, next))];
    if (!target || target.id === entry?.id) return;
    setOwnPlace(target.id);
    if (facilitating) place.mutate(target.id);
  };
  useKeys(NEXT_KEYS, () => goTo(index + 1));
  useKeys(PREVIOUS_KEYS, () => goTo(index - 1));

  const refresh = useMutation({
    mutationFn: () => answer(api.POST('/api/v1/reviews/{id}/refresh', { params: { path: { id: review.id } } })),
    onSuccess: (fresh) => {
      queryClient.setQueryData(keys.review(review.id), fresh);
      notify('Agenda refreshed from the board; notes are kept.');
    },
    onError: (error) => notify(explain(error), 'error'),
  });

  return (
    <section className="review-mode" aria-labelledby="review-heading">
      <div className="review-header">
        <h2 id="review-heading" ref={heading} tabIndex={-1}>
          {review.title}
        </h2>
        <p className="hint">
          Started {formatDate(review.startedAt)} by {review.facilitatorName}
          {facilitating ? ' (you lead it)' : ''} · <Link {...portfolioLink(portfolioId, 'reviews')}>All reviews</Link>
          {portfolio?.boards[0] && <LiveUpdates boardId={portfolio.boards[0].id} />}
        </p>
        {!facilitating && ownPlace !== null && ownPlace !== review.positionEntryId && (
          <button type="button" onClick={() => setOwnPlace(null)}>
            Follow {review.facilitatorName}
          </button>
        )}
        {mayRecord && (
          <div className="actions">
            <button type="button" onClick={() => refresh.mutate()} disabled={refresh.isPending}>
              Refresh agenda
            </button>
            <CloseReview review={review} portfolioId={portfolioId} />
          </div>
        )}
      </div>
      {review.entries.length === 0 || !entry ? (
        <p className="hint">Nothing needs the review&apos;s attention: no decision waits, nothing is blocked, late or over its limit.</p>
      ) : (
        <div className="review-layout">
          <AgendaList review={review} current={entry} onChoose={(i) => goTo(i)} />
          <div className="review-entry">
            <nav className="review-steps" aria-label="Agenda steps">
              <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0}>
                ← Previous <kbd>K</kbd>
              </button>
              <span role="status" aria-live="polite">
                Entry {index + 1} of {review.entries.length}
                {!facilitating && followedId === review.positionEntryId ? `, where ${review.facilitatorName} is` : ''}
              </span>
              <button type="button" onClick={() => goTo(index + 1)} disabled={index === review.entries.length - 1}>
                Next <kbd>J</kbd> →
              </button>
            </nav>
            <AgendaEntryView key={entry.id} review={review} entry={entry} mayRecord={mayRecord} portfolioId={portfolioId} />
          </div>
          {entry.itemId && entry.boardId && (
            <ReviewContext.Provider value={review.id}>
              <CardBeside itemId={entry.itemId} boardId={entry.boardId} />
            </ReviewContext.Provider>
          )}
        </div>
      )}
    </section>
  );
}

/** What is recorded reaches every participant over the portfolio's board sockets, which carry the review's changes. */
function LiveUpdates({ boardId }: { boardId: string }) {
  const status = useBoardEvents(boardId);
  return <span className="hint"> · {status === 'live' ? 'live' : 'connecting…'}</span>;
}

/** The whole agenda, grouped as the server ordered it; the current entry is marked and any entry can be chosen. */
function AgendaList({ review, current, onChoose }: { review: Review; current: ReviewEntry; onChoose: (index: number) => void }) {
  return (
    <ol className="agenda-list" aria-label="Agenda">
      {review.entries.map((entry, i) => (
        <li key={entry.id}>
          <button type="button" aria-current={entry.id === current.id ? 'step' : undefined} onClick={() => onChoose(i)}>
            <span className="agenda-section">{entry.sectionTitle}</span>
            <span>{entry.title}</span>
            {entry.note && <span className="hint"> · noted</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The item's own card, beside the entry that concerns it. */
function CardBeside({ itemId, boardId }: { itemId: string; boardId: string }) {
  const board = useBoard(boardId);
  const item = useItem(itemId);
  return (
    <aside className="review-card" aria-label="The item's card">
      {/* Scrolled down to decide, the person still reads which card the decision is on. */}
      {item.data && (
        <h3 className="review-card-title">
          {item.data.key} {item.data.title}
        </h3>
      )}
      {board.data ? (
        <Suspense fallback={<CardLoading />}>
          <CardDialog itemId={itemId} board={board.data} />
        </Suspense>
      ) : board.isError ? (
        <p role="alert">{explain(board.error)}</p>
      ) : (
        <CardLoading />
      )}
    </aside>
  );
}

/** Closing freezes the review and writes its minutes: it asks once more, in place. */
function CloseReview({ review, portfolioId }: { review: Review; portfolioId: string }) {
  const [asking, setAsking] = useState(false);
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () => answer(api.POST('/api/v1/reviews/{id}/close', { params: { path: { id: review.id } } })),
    onSuccess: (closed) => {
      queryClient.setQueryData(keys.review(review.id), closed);
      void queryClient.invalidateQueries({ queryKey: keys.reviews(portfolioId) });
      notify('Review closed; its minutes are ready.');
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Close the review…
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label="Close the review?">
      <span>Nothing can be noted or added once it is closed.</span>
      <BusyButton className="primary" busy={close.isPending} onClick={() => close.mutate()} autoFocus>
        Close it and write the minutes
      </BusyButton>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it open
      </button>
    </span>
  );
}
