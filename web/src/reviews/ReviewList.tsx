import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import { formatDate, formatDay } from '../shell/format';
import { notify } from '../shell/notices';
import { reviewLink } from '../shell/paths';
import { ConfirmDelete } from '../strategy/ConfirmDelete';
import { cadenceSentence, WEEKDAY_NAMES } from './cadence';
import { useReviewCadence, useReviews } from './queries';
import type { ReviewSummary } from '../api/types';
import { REVIEW_FREQUENCIES, type ReviewFrequency } from '../../../src/domain/review-cadence';
import './reviews.css';
import { SubmitButton } from '../setup/FieldErrors';

/**
 * The portfolio's reviews: the one under way and the past ones with their minutes, starting a new one
 * (for those who may run reviews) and when they are held.
 */
export function ReviewList({ portfolioId, canFacilitate }: { portfolioId: string; canFacilitate: boolean }) {
  const reviews = useReviews(portfolioId);
  return (
    <>
      <Cadence portfolioId={portfolioId} editable={canFacilitate} />
      {canFacilitate ? <StartReview portfolioId={portfolioId} /> : <p className="hint">Reviews are started by people who may run portfolio reviews.</p>}
      <h3>Open and past reviews</h3>
      {reviews.isPending && <p className="hint">Loading reviews…</p>}
      {reviews.isError && <p role="alert">{explain(reviews.error)}</p>}
      {reviews.data?.length === 0 && <p className="hint">No review has been held yet.</p>}
      {reviews.data && reviews.data.length > 0 && (
        <ul className="entry-list review-list">
          {reviews.data.map((review) => (
            <li key={review.id}>
              <Link {...reviewLink(portfolioId, review.id)}>{review.title}</Link>
              <span className="hint">
                {review.status === 'open'
                  ? `Under way since ${formatDate(review.startedAt)}${runBy(review)}`
                  : `Held on ${formatDate(review.startedAt)}${runBy(review)}: minutes`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

// Named by the day in the reader's words: the title is what the minutes and the list show.
const defaultTitle = () => `Portfolio review of ${formatDate(new Date().toISOString())}`;

const runBy = (review: ReviewSummary) => (review.facilitatorName ? `, run by ${review.facilitatorName}` : '');

function StartReview({ portfolioId }: { portfolioId: string }) {
  const [title, setTitle] = useState('');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () => answer(api.POST('/api/v1/portfolios/{id}/reviews', { params: { path: { id: portfolioId } }, body: { title: title.trim() || defaultTitle() } })),
    onSuccess: (review) => {
      queryClient.setQueryData(keys.review(review.id), review);
      void queryClient.invalidateQueries({ queryKey: keys.reviews(portfolioId) });
      void navigate(reviewLink(portfolioId, review.id));
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  return (
    <form className="inline-form start-review" onSubmit={submit}>
      <label>
        Title <span className="hint">(optional)</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} placeholder={defaultTitle()} />
      </label>
      <SubmitButton busy={start.isPending}>
        Start a review
      </SubmitButton>
    </form>
  );
}

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
type CadenceInput = { frequency: ReviewFrequency; weekday: number; version?: number };

const FREQUENCY_WORDS: Record<ReviewFrequency, string> = { weekly: 'Every week', fortnightly: 'Every second week', monthly: 'Once a month, the first' };

/** When reviews are held, as a sentence; those who run reviews change or stop it. Members are reminded the day before. */
function Cadence({ portfolioId, editable }: { portfolioId: string; editable: boolean }) {
  const cadence = useReviewCadence(portfolioId);
  const [editing, setEditing] = useState(false);
  // The button that opened the form is gone while it is open: once saved or cancelled, the keyboard goes back to it.
  const scheduleButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing) returnFocus.current = true;
    else if (returnFocus.current) scheduleButton.current?.focus();
  }, [editing]);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (next: CadenceInput) => answer(api.PUT('/api/v1/portfolios/{id}/review-cadence', { params: { path: { id: portfolioId } }, body: next })),
    onSuccess: () => {
      notify('Review schedule saved.');
      setEditing(false);
    },
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.reviewCadence(portfolioId) }),
  });
  const stop = useMutation({
    mutationFn: () => answer(api.DELETE('/api/v1/portfolios/{id}/review-cadence', { params: { path: { id: portfolioId } } })),
    onSuccess: () => notify('Regular reviews stopped: nobody is reminded any more.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.reviewCadence(portfolioId) }),
  });
  if (cadence.isPending) return <p className="hint">Loading the review schedule…</p>;
  if (cadence.isError) return <p role="alert">{explain(cadence.error)}</p>;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const version = cadence.data.version;
    save.mutate({ frequency: String(form.get('frequency')) as ReviewFrequency, weekday: Number(form.get('weekday')), ...(version === null ? {} : { version }) });
  };
  return (
    <div className="review-cadence">
      <p>
        <strong>Schedule:</strong> {cadenceSentence(cadence.data)}
        {cadence.data.nextMeeting && <span className="hint"> · next on {formatDay(cadence.data.nextMeeting)}; members are reminded the day before</span>}
      </p>
      {editable && !editing && (
        <div className="actions">
          <button type="button" ref={scheduleButton} onClick={() => setEditing(true)}>
            {cadence.data.frequency ? 'Change the schedule' : 'Plan regular reviews'}
          </button>
          {cadence.data.frequency && <ConfirmDelete what="the regular reviews" verb="Stop" pending={stop.isPending} onDelete={() => stop.mutate()} />}
        </div>
      )}
      {editing && (
        <form className="inline-form" onSubmit={submit} aria-label="Review schedule">
          <label>
            How often
            <select name="frequency" defaultValue={cadence.data?.frequency ?? 'fortnightly'} autoFocus>
              {REVIEW_FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {FREQUENCY_WORDS[f]}
                </option>
              ))}
            </select>
          </label>
          <label>
            On
            <select name="weekday" defaultValue={cadence.data?.weekday ?? 2}>
              {WEEKDAY_NAMES.map((name, i) => (
                <option key={name} value={i + 1}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <SubmitButton busy={save.isPending}>
            Save schedule
          </SubmitButton>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
