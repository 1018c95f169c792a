import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import type { BoardEvent, RequestBody, Webhook } from '../api/types';
import { FormError, SubmitButton } from '../setup/FieldErrors';
import { formatDateTime } from '../shell/format';
import { notify } from '../shell/notices';
import { ConfirmDelete } from '../strategy/ConfirmDelete';
import { attemptInWords, deliveryState, EVENT_TYPES, EVENT_WORDS, eventsInWords } from './event-words';
import './integrations.css';

/** The webhook form's fields as the reader knows them. */
const WEBHOOK_FIELDS: Record<string, string> = { url: 'Address:', events: 'Send when:', format: 'Message format:' };

/** A portfolio's webhooks: add one (its secret shown once), pause or resume, read each one's deliveries and send one again. */
export function Webhooks({ portfolioId }: { portfolioId: string }) {
  const queryClient = useQueryClient();
  const webhooks = useQuery({ queryKey: keys.webhooks(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/webhooks', { params: { path: { id: portfolioId } } })) });
  const [created, setCreated] = useState<(Webhook & { secret: string }) | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.webhooks(portfolioId) });
  const create = useMutation({
    mutationFn: (input: RequestBody<'createWebhook'>) => answer(api.POST('/api/v1/portfolios/{id}/webhooks', { params: { path: { id: portfolioId } }, body: input })),
    onSuccess: (webhook) => setCreated(webhook),
    onSettled: refresh,
  });
  // "Anything changes" and a choice of changes exclude each other: ticking one clears the other.
  const [every, setEvery] = useState(true);
  const [events, setEvents] = useState<BoardEvent['type'][]>([]);
  const [noEvents, setNoEvents] = useState(false);
  const tick = (type: BoardEvent['type'], on: boolean) => {
    const next = on ? [...events, type] : events.filter((event) => event !== type);
    setEvents(next);
    setEvery(next.length === 0 && every);
    setNoEvents(false);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    if (!every && events.length === 0) return setNoEvents(true);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    create.mutate(
      { url: String(form.get('url')).trim(), events: every ? ['*'] : events, format: form.get('format') === 'slack' ? 'slack' : 'json' },
      {
        // A fresh form, so that a second press does not add the same webhook again.
        onSuccess: () => {
          formElement.reset();
          setEvery(true);
          setEvents([]);
        },
      },
    );
  };
  return (
    <div className="stack">
      {webhooks.data?.length === 0 && <p className="hint">No webhook yet. A webhook sends each change you choose to another system, signed so that it can tell the message came from here.</p>}
      {webhooks.data && webhooks.data.length > 0 && (
        <ul className="entry-list webhook-list">
          {webhooks.data.map((webhook) => (
            <WebhookEntry key={webhook.id} webhook={webhook} onChanged={refresh} />
          ))}
        </ul>
      )}
      {created && (
        <div className="notice-box" role="status">
          <p>
            Webhook to {created.url} added. Its signing secret is shown only now: keep it in the receiving system, which checks that <code>X-Portfolio-Kanban-Signature</code> is{' '}
            <code>sha256=</code> followed by the HMAC-SHA256 of the body with this secret.
          </p>
          <p className="secret">
            <label>
              Signing secret <input readOnly value={created.secret} size={70} autoFocus onFocus={(e) => e.currentTarget.select()} />
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
        <h4 className="wide">Add a webhook</h4>
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
            <input
              type="checkbox"
              checked={every}
              onChange={(event) => {
                setEvery(event.target.checked);
                if (event.target.checked) setEvents([]);
                setNoEvents(false);
              }}
            />{' '}
            Anything changes
          </label>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" checked={events.includes(type)} onChange={(event) => tick(type, event.target.checked)} /> {EVENT_WORDS[type]}
            </label>
          ))}
        </fieldset>
        {noEvents && (
          <p className="form-error wide" role="alert">
            Tick the changes to send, or &ldquo;Anything changes&rdquo;.
          </p>
        )}
        <FormError error={create.error} describe={(field) => WEBHOOK_FIELDS[field] ?? null} lead="The webhook was not added." />
        <div className="actions wide">
          <SubmitButton busy={create.isPending}>
            Add webhook
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}

function WebhookEntry({ webhook, onChanged }: { webhook: Webhook; onChanged: () => void }) {
  const [showLog, setShowLog] = useState(false);
  const update = useMutation({
    mutationFn: (active: boolean) => answer(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: webhook.id } }, body: { active, version: webhook.version } })),
    onSuccess: (saved) => notify(saved.active ? 'Webhook resumed.' : 'Webhook paused.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: onChanged,
  });
  const remove = useMutation({
    mutationFn: () => answer(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: webhook.id } } })),
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
        <ConfirmDelete what={`the webhook to ${webhook.url} and its delivery log`} verb="Remove" pending={remove.isPending} onDelete={() => remove.mutate()} />
      </div>
      {showLog && <DeliveryLog webhookId={webhook.id} onChanged={onChanged} />}
    </li>
  );
}

/** While a delivery waits for a try, the log asks again this often, so that the try shows without reloading. */
const WAITING_REFRESH_MS = 3000;

function DeliveryLog({ webhookId, onChanged }: { webhookId: string; onChanged: () => void }) {
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: keys.deliveries(webhookId),
    queryFn: () => answer(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId } } })),
    refetchInterval: (query) => (query.state.data?.some((delivery) => delivery.state === 'pending' || delivery.state === 'sending') ? WAITING_REFRESH_MS : false),
  });
  const redeliver = useMutation({
    mutationFn: (id: string) => answer(api.POST('/api/v1/deliveries/{id}/redeliver', { params: { path: { id } } })),
    onSuccess: () => notify('The delivery will be sent again in a moment.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: keys.deliveries(webhookId) });
      onChanged();
    },
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
                    {formatDateTime(attempt.at)}: {attemptInWords(attempt)}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <button type="button" onClick={() => redeliver.mutate(delivery.id)} disabled={redeliver.isPending}>
                Send again
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
