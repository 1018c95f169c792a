import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { answer, api, explain } from '../api/http';
import { keys, useNotifications } from '../api/queries';
import { formatDateTime } from '../shell/format';
import { Loading } from '../shell/Loading';
import { notify } from '../shell/notices';
import { destinationOf } from './notification-destination';

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
          const to = destinationOf(n);
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
