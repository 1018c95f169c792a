import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { answer, api, explain, isProblem } from '../api/http';
import { keys, useMembers, useRoles } from '../api/queries';
import type { ColumnPlan, Portfolio, Principal, TemplateSwitch as TemplateChange } from '../api/types';
import { principalLabel, principalOptions } from '../portfolio/principals';
import { RACI_PARTS } from '../portfolio/raci-parts';
import { notify } from '../shell/notices';

const TEMPLATES = [
  { key: 'small', label: 'Small organisation', meaning: 'one person may hold every role: the role with every right is accountable for every column, and no decision is gated' },
  { key: 'enterprise', label: 'Enterprise', meaning: 'each column is accountable to the role its board names, and gated columns need an approval' },
] as const;

const templateName = (key: string) => TEMPLATES.find((t) => t.key === key)?.label ?? key;

/**
 * Switching the organisation's size (PRODUCT.md §12): a preview of every column's responsibility and every
 * member's roles before and after, then applying it. What changed between the two is previewed again.
 */
export function TemplateSwitch({ portfolio }: { portfolio: Portfolio }) {
  const other = portfolio.template === 'small' ? 'enterprise' : 'small';
  const [preview, setPreview] = useState<TemplateChange | null>(null);
  const queryClient = useQueryClient();
  const ask = useMutation({
    mutationFn: () => answer(api.POST('/api/v1/portfolios/{id}/template', { params: { path: { id: portfolio.id } }, body: { template: other, dryRun: true } })),
    onSuccess: setPreview,
  });
  const apply = useMutation({
    // The preview's version and digest: what changed since it was shown is refused, not overwritten.
    mutationFn: ({ version, digest }: TemplateChange) => answer(api.POST('/api/v1/portfolios/{id}/template', { params: { path: { id: portfolio.id } }, body: { template: other, version, digest } })),
    onSuccess: () => {
      notify(`The portfolio is now set up as ${templateName(other).toLowerCase()}.`);
      setPreview(null);
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolio.id) });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
    },
    onError: () => setPreview(null),
  });
  return (
    <section aria-labelledby="template-heading" className="template-switch">
      <h3 id="template-heading">Organisation size</h3>
      <p>
        Set up as <strong>{templateName(portfolio.template)}</strong>. As the organisation grows or shrinks, switch to{' '}
        <strong>{templateName(other)}</strong> ({TEMPLATES.find((t) => t.key === other)?.meaning}): items, boards and history stay as they are.
      </p>
      {isProblem(apply.error, 'version_conflict', 'stale_preview') ? (
        <p className="form-error" role="alert">
          Someone changed the portfolio, a column&apos;s responsibility or a member&apos;s roles meanwhile; nothing was switched. Preview again.
        </p>
      ) : (
        apply.isError && <p className="form-error" role="alert">{explain(apply.error)}</p>
      )}
      {ask.isError && <p className="form-error" role="alert">{explain(ask.error)}</p>}
      {!preview ? (
        <button type="button" onClick={() => ask.mutate()} disabled={ask.isPending}>
          Preview the switch to {templateName(other)}
        </button>
      ) : (
        <>
          <TemplatePreview portfolioId={portfolio.id} change={preview} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => apply.mutate(preview)} disabled={apply.isPending}>
              Apply
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** Before → after, marked when it changes. */
function Change({ before, after }: { before: string; after: string }): ReactNode {
  if (before === after) return <td>{after}</td>;
  return (
    <td className="changed">
      <del>{before}</del> → <ins>{after}</ins>
      <span className="sr-only"> (changes)</span>
    </td>
  );
}

function TemplatePreview({ portfolioId, change }: { portfolioId: string; change: TemplateChange }) {
  const roles = useRoles(portfolioId).data ?? [];
  const members = useMembers(portfolioId).data ?? [];
  const options = principalOptions(roles, members);
  const names = (principals: readonly Principal[]) => (principals.length ? principals.map((p) => principalLabel(p, options)).join(', ') : 'nobody');
  const part = (side: ColumnPlan['before'], key: (typeof RACI_PARTS)[number]['key']) => {
    const value = side.responsibility[key];
    const principals = names(value === null ? [] : Array.isArray(value) ? value : [value]);
    // Who the accountable role means in person: the change a member feels.
    return key === 'accountable' && side.accountable.length > 0 ? `${principals} (${side.accountable.map((p) => p.name).join(', ')})` : principals;
  };
  const list = (entries: readonly string[], none: string) => (entries.length ? entries.join(', ') : none);
  const roleNames = (keysHeld: readonly string[]) => list(keysHeld.map((key) => roles.find((r) => r.key === key)?.name ?? key.replace(/_/g, ' ')), 'no role');
  const gate = (on: boolean) => (on ? 'Gated' : 'Not gated');
  const changedColumns = change.columns.filter((c) => c.changed).length;
  const changedMembers = change.members.filter((m) => m.accountableFor.before.join() !== m.accountableFor.after.join() || m.roles.before.join() !== m.roles.after.join()).length;
  return (
    <div className="template-changes">
      <p role="status">
        {changedColumns} of {change.columns.length} columns and {changedMembers} of {change.members.length} members change. Nothing has changed yet.
      </p>
      <p>
        Gated decisions: {change.gatesEnabled.before === change.gatesEnabled.after ? (change.gatesEnabled.after ? 'stay on' : 'stay off') : change.gatesEnabled.after ? <ins>turned on</ins> : <ins>turned off</ins>}
      </p>
      <div className="table-scroll">
        <table>
          <caption>Columns: gate and responsibility, before → after</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Gate</th>
              {RACI_PARTS.map((p) => (
                <th key={p.key} scope="col">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {change.columns.map((c) => (
              <tr key={c.columnId} className={c.changed ? 'changed' : undefined}>
                <th scope="row">
                  {c.name} <span className="hint">on {c.boardName}</span>
                </th>
                <Change before={gate(c.before.gate)} after={gate(c.after.gate)} />
                {RACI_PARTS.map((p) => (
                  <Change key={p.key} before={part(c.before, p.key)} after={part(c.after, p.key)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table>
          <caption>Members: roles and the columns they are accountable for, before → after</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Roles</th>
              <th scope="col">Accountable for</th>
            </tr>
          </thead>
          <tbody>
            {change.members.map((m) => (
              <tr key={m.userId}>
                <th scope="row">{m.name}</th>
                <Change before={roleNames(m.roles.before)} after={roleNames(m.roles.after)} />
                <Change before={list(m.accountableFor.before, 'nothing')} after={list(m.accountableFor.after, 'nothing')} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
