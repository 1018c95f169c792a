import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { explain, http } from '../api/http';
import type { Delivery, Webhook } from '../api/types';
import { FormError } from '../setup/FieldErrors';
import { formatDateTime } from '../shell/format';
import { notify } from '../shell/notices';
import { deliveryState, EVENT_TYPES, EVENT_WORDS, eventsInWords } from './event-words';
import './integrations.css';

const webhooksKey = (portfolioId: string) => ['webhooks', portfolioId] as const;
const deliveriesKey = (webhookId: string) => ['webhook-deliveries', webhookId] as const;

/** A portfolio's webhooks: add one (its secret shown once), pause or resume, read each one's deliveries and send one again. */
export function Webhooks({ portfolioId }: { portfolioId: string }) {
  const queryClient = useQueryClient();
  const webhooks = useQuery({ queryKey: webhooksKey(portfolioId), queryFn: () => http.get<Webhook[]>(`/portfolios/${portfolioId}/webhooks`) });
  const [created, setCreated] = useState<(Webhook & { secret: string }) | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhooksKey(portfolioId) });
  const create = useMutation({
    mutationFn: (input: { url: string; events: string[]; format: string }) => http.post<Webhook & { secret: string }>(`/portfolios/${portfolioId}/webhooks`, input),
    onSuccess: (webhook) => setCreated(webhook),
    onSettled: refresh,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const every = form.get('every') === 'on';
    create.mutate({ url: String(form.get('url')).trim(), events: every ? ['*'] : form.getAll('events').map(String), format: String(form.get('format')) });
  };
  return (
    <div className="stack">
      {webhooks.data?.length === 0 && <p className="hint">No webhook yet. A webhook sends each change you choose to another system, signed so that it can tell the message came from here.</p>}
      <ul className="entry-list webhook-list">
        {webhooks.data?.map((webhook) => <WebhookEntry key={webhook.id} webhook={webhook} onChanged={refresh} />)}
      </ul>
      {created && (
        <div className="notice-box" role="status">
          <p>
            Webhook added. Its signing secret is shown only now: keep it in the receiving system, which checks that <code>X-Portfolio-Kanban-Signature</code> is
            <code>sha256=</code> followed by the HMAC-SHA256 of the body with this secret.
          </p>
          <p>
            <label>
              Signing secret <input readOnly value={created.secret} size={70} onFocus={(e) => e.currentTarget.select()} />
            </label>{' '}
            <button type="button" onClick={() => void navigator.clipboard.writeText(created.secret).then(() => notify('Secret copied.'))}>
              Copy
            </button>{' '}
            <button type="button" className="ghost" onClick={() => setCreated(null)}>
              Done
            </button>
          </p>
        </div>
      )}
      <form className="settings-form" onSubmit={submit} aria-label="Add a webhook">
        <label className="wide">
          Address that receives the changes
          <input name="url" type="url" required placeholder="https://hooks.example.org/portfolio" />
        </label>
        <label>
          Message format
          <select name="format" defaultValue="json">
            <option value="json">The change as JSON</option>
            <option value="slack">A chat line (Slack, Mattermost, Rocket.Chat)</option>
          </select>
        </label>
        <fieldset className="wide">
          <legend>Send when</legend>
          <label className="checkbox">
            <input type="checkbox" name="every" defaultChecked /> Anything changes
          </label>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" name="events" value={type} /> {EVENT_WORDS[type]}
            </label>
          ))}
        </fieldset>
        <FormError error={create.error} />
        <div className="actions wide">
          <button type="submit" className="primary" disabled={create.isPending}>
            Add webhook
          </button>
        </div>
      </form>
    </div>
  );
}

function WebhookEntry({ webhook, onChanged }: { webhook: Webhook; onChanged: () => void }) {
  const [showLog, setShowLog] = useState(false);
  const update = useMutation({
    mutationFn: (active: boolean) => http.patch<Webhook>(`/webhooks/${webhook.id}`, { active, version: webhook.version }),
    onSuccess: (saved) => notify(saved.active ? 'Webhook resumed.' : 'Webhook paused.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: onChanged,
  });
  const remove = useMutation({
    mutationFn: () => http.delete(`/webhooks/${webhook.id}`),
    onSuccess: () => notify('Webhook removed.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: onChanged,
  });
  return (
    <li className="webhook">
      <div>
        <strong>{webhook.url}</strong>
        <div className="hint">
          {eventsInWords(webhook.events)} · {webhook.format === 'slack' ? 'chat line' : 'JSON'} ·{' '}
          {webhook.active ? 'active' : `paused since ${formatDateTime(webhook.pausedAt!)}`}
          {webhook.failuresInARow > 0 && ` · ${webhook.failuresInARow} failed ${webhook.failuresInARow === 1 ? 'try' : 'tries'} in a row`}
        </div>
      </div>
      <div className="actions">
        <button type="button" aria-expanded={showLog} onClick={() => setShowLog(!showLog)}>
          Deliveries
        </button>
        <button type="button" onClick={() => update.mutate(!webhook.active)} disabled={update.isPending}>
          {webhook.active ? 'Pause' : 'Resume'}
        </button>
        <button type="button" className="danger" onClick={() => window.confirm(`Remove the webhook to ${webhook.url} and its delivery log?`) && remove.mutate()}>
          Remove
        </button>
      </div>
      {showLog && <DeliveryLog webhookId={webhook.id} />}
    </li>
  );
}

function DeliveryLog({ webhookId }: { webhookId: string }) {
  const queryClient = useQueryClient();
  const deliveries = useQuery({ queryKey: deliveriesKey(webhookId), queryFn: () => http.get<Delivery[]>(`/webhooks/${webhookId}/deliveries`) });
  const redeliver = useMutation({
    mutationFn: (id: string) => http.post(`/deliveries/${id}/redeliver`),
    onSuccess: () => notify('The delivery will be sent again.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deliveriesKey(webhookId) }),
  });
  if (deliveries.isPending) return <p className="hint">Loading the deliveries…</p>;
  if (deliveries.isError) return <p className="form-error">{explain(deliveries.error)}</p>;
  if (deliveries.data.length === 0) return <p className="hint">Nothing was sent yet.</p>;
  return (
    <table className="delivery-log">
      <caption className="sr-only">Deliveries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Change</th>
          <th scope="col">Queued</th>
          <th scope="col">State</th>
          <th scope="col">Tries</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {deliveries.data.map((delivery) => (
          <tr key={delivery.id}>
            <td>{EVENT_WORDS[delivery.type as keyof typeof EVENT_WORDS] ?? delivery.type}</td>
            <td>{formatDateTime(delivery.createdAt)}</td>
            <td>
              {deliveryState(delivery.state)}
              {delivery.nextAttemptAt && <span className="hint"> (next {formatDateTime(delivery.nextAttemptAt)})</span>}
            </td>
            <td>
              <ul className="plain">
                {delivery.attempts.map((attempt) => (
                  <li key={attempt.at}>
                    {formatDateTime(attempt.at)}: {attempt.statusCode ? `answered ${attempt.statusCode}` : attempt.error} in {attempt.durationMs} ms
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <button type="button" onClick={() => redeliver.mutate(delivery.id)}>
                Send again
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
