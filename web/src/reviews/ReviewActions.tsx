import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import { formatDay } from '../shell/format';
import { notify } from '../shell/notices';
import { itemLink, reviewLink } from '../shell/paths';
import { useItemActions } from './queries';
import type { ReviewAction } from '../api/types';

/** Marks an action done, and refreshes every list that shows it. */
function useActionDone(action: ReviewAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => answer(api.PATCH('/api/v1/actions/{id}', { params: { path: { id: action.id } }, body: { done: true } })),
    onSuccess: () => notify(`Done: ${action.title}.`),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.myResponsibilities });
      void queryClient.invalidateQueries({ queryKey: keys.review(action.reviewId) });
      if (action.itemId) void queryClient.invalidateQueries({ queryKey: keys.itemActions(action.itemId) });
    },
  });
}

const dueText = (action: ReviewAction) => (action.dueDate ? `due ${formatDay(action.dueDate)}` : 'no due date');

function DoneButton({ action }: { action: ReviewAction }) {
  const done = useActionDone(action);
  return (
    <button type="button" onClick={() => done.mutate()} disabled={done.isPending}>
      Done<span className="sr-only">: {action.title}</span>
    </button>
  );
}

/** An action of "My responsibilities": what, about which item, by when, from which review; "Done" ends it. */
export function MyActionEntry({ action }: { action: ReviewAction & { overdue: boolean } }) {
  return (
    <li>
      <span>
        <strong>{action.title}</strong> · {dueText(action)}
        {action.overdue && <strong className="form-error"> · overdue</strong>}
      </span>
      <span className="hint">
        {action.itemId && action.boardId && (
          <>
            About{' '}
            <Link {...itemLink(action.boardId, action.itemId)}>
              {action.itemKey} {action.itemTitle}
            </Link>{' '}
            ·{' '}
          </>
        )}
        agreed in <Link {...reviewLink(action.portfolioId, action.reviewId)}>a portfolio review</Link>
      </span>
      <span>
        <DoneButton action={action} />
      </span>
    </li>
  );
}

/** The review actions that concern an item, on its card: who does what by when; its owner marks one done. */
export function ItemActions({ itemId, myId }: { itemId: string; myId: string | undefined }) {
  const actions = useItemActions(itemId);
  if (!actions.data || actions.data.length === 0) return actions.isError ? <p role="alert">{explain(actions.error)}</p> : null;
  return (
    <section className="panel" aria-labelledby="item-actions-heading">
      <h3 id="item-actions-heading">Actions from reviews</h3>
      <ul className="review-actions">
        {actions.data.map((action) => (
          <li key={action.id}>
            {action.title} <span className="hint">— {action.ownerName ?? 'a former member'}, {action.done ? 'done' : dueText(action)}</span>{' '}
            {!action.done && action.ownerId === myId && <DoneButton action={action} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
