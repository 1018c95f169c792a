import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { answer, api, explain } from '../api/http';
import { keys, useNotifications } from '../api/queries';
import type { Notification } from '../api/types';
import { APPROVAL_SECTION } from '../card/ApprovalSection';
import { formatDateTime } from '../shell/format';
import { Loading } from '../shell/Loading';
import { notify } from '../shell/notices';
import { boardLink, itemLinkFromPage } from '../shell/paths';

/** Approval requests and decisions open the card at its approval section, where they are answered and shown. */
const sectionFor = (n: Notification) => (n.kind === 'approval_requested' || n.kind === 'decision' ? APPROVAL_SECTION : undefined);

/** What happened that concerns me: mentions, assignments, approvals, blocks, overrides, delegations. */
export default function NotificationsPage() {
  const notifications = useNotifications();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.notifications });
  const markRead = useMutation({ mutationFn: (id: string) => answer(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })), onSettled: refresh });
  const markAll = useMutation({ mutationFn: () => answer(api.POST('/api/v1/notifications/read-all')), onSettled: refresh, onError: (error) => notify(explain(error), 'error') });
  if (notifications.isPending) return <Loading />;
  if (notifications.isError) return <p className="page form-error" role="alert">{explain(notifications.error)}</p>;
  const list = notifications.data;
  return (
    <div className="page">
      <div className="page-header">
        <h1>Notifications</h1>
        {list.some((n) => !n.read) && (
          <button type="button" onClick={() => markAll.mutate()}>
            Mark all read
          </button>
        )}
      </div>
      {list.length === 0 && <p className="hint">Nothing yet: mentions, approvals and blocks that concern you will appear here.</p>}
      <ul className="entry-list">
        {list.map((n) => {
          const to = n.boardId ? (n.itemId ? itemLinkFromPage(n.boardId, n.itemId, sectionFor(n)) : boardLink(n.boardId)) : null;
          return (
            <li key={n.id} className={n.read ? 'read' : 'unread'}>
              {to ? (
                <Link {...to} onClick={() => !n.read && markRead.mutate(n.id)}>
                  {n.message}
                </Link>
              ) : (
                <span>{n.message}</span>
              )}
              <span className="hint">
                {n.read ? '' : 'New · '}
                {formatDateTime(n.createdAt)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
