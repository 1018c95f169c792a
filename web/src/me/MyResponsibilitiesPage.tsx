import { Link } from '@tanstack/react-router';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { explain } from '../api/http';
import { useMyResponsibilities } from '../api/queries';
import { formatDateTime, formatUntil, listed } from '../shell/format';
import { Loading } from '../shell/Loading';
import { boardLink, itemLinkFromPage, portfolioLink } from '../shell/paths';
import { dutyText, holdingText } from './duty-text';
import { MyActionEntry } from '../reviews/ReviewActions';

/**
 * The personal home page: everything the signed-in person answers for, each entry one click from its card
 * or column. Sections with something in them come first; the empty ones follow, each a single line.
 */
export default function MyResponsibilitiesPage() {
  const mine = useMyResponsibilities();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <p className="page form-error" role="alert">{explain(mine.error)}</p>;
  const m = mine.data;
  // The role's name in its portfolio, as its guidelines below name it.
  const roleIn = (portfolioId: string) => (roleKey: string | null) =>
    m.roles.find((r) => r.portfolioId === portfolioId && r.key === roleKey)?.name ?? 'a role';
  const until = (iso: string) => `until ${formatUntil(iso)}`;
  return (
    <div className="page me-page">
      <h1>My responsibilities</h1>
      <Sections>
        <Section title="Blockers I must clear" empty="No block is waiting for you to clear it.">
          {m.blocks.map((b) => (
            <ItemEntry key={b.blockId} boardId={b.boardId} itemId={b.itemId} label={`${b.key} ${b.title}`}>
              Blocked since {formatDateTime(b.since)}: {b.reason}
            </ItemEntry>
          ))}
        </Section>
        <Section title="Actions from reviews" empty="No action from a review is waiting for you.">
          {m.actions.map((action) => (
            <MyActionEntry key={action.id} action={action} />
          ))}
        </Section>
        <Section title="Approval requests waiting for my decision" empty="No approval request is waiting for you.">
          {m.approvals.map((a) => (
            <ItemEntry key={a.id} boardId={a.boardId} itemId={a.itemId} label={`${a.itemKey} ${a.itemTitle}`}>
              Asked by {a.requestedByName ?? 'a former member'} on {formatDateTime(a.createdAt)}
              {a.note ? `: ${a.note}` : ''} · decide in the card, or with the other requests on the <Link {...portfolioLink(a.portfolioId, 'attention')}>portfolio page</Link>
            </ItemEntry>
          ))}
        </Section>
        <Section title="My requests waiting for a go/no-go" empty="No request of yours is waiting for a go/no-go decision.">
          {m.requested.map((r) => (
            <ItemEntry key={r.id} boardId={r.boardId} itemId={r.itemId} label={`${r.itemKey} ${r.itemTitle}`}>
              Asked on {formatDateTime(r.createdAt)} to move it to {r.columnName}
              {r.note ? `: ${r.note}` : ''} ·{' '}
              {r.approvers.length > 0
                ? `waiting for a decision from ${listed(r.approvers.map((a) => a.name), 'or')}`
                : 'nobody can decide it yet: no member holds a role that approves gated decisions'}
            </ItemEntry>
          ))}
        </Section>
        <Section title="Items I own or am assigned" empty="You own no item and are assigned to none.">
          {m.items.map((i) => (
            <ItemEntry key={i.itemId} boardId={i.boardId} itemId={i.itemId} label={`${i.key} ${i.title}`}>
              {holdingText(i.as)}
            </ItemEntry>
          ))}
        </Section>
        <Section title="Columns I answer for" empty="No column names you or one of your roles.">
          {m.columns.map((c) => (
            <li key={c.columnId}>
              <Link {...boardLink(c.boardId)}>
                {c.columnName} on {c.boardName}
              </Link>
              <span className="hint">{dutyText(c.reasons, roleIn(c.portfolioId))}</span>
            </li>
          ))}
        </Section>
        <Section title="Policies overridden in my columns" empty="No WIP limit or exit criterion was overridden in your columns in the last 30 days.">
          {m.wipOverrides.map((o) => (
            <ItemEntry key={o.transitionId} boardId={o.boardId} itemId={o.itemId} label={`${o.key} ${o.title}`}>
              {formatDateTime(o.at)}
              {o.reason ? `: ${o.reason}` : ''}
            </ItemEntry>
          ))}
        </Section>
        <Section title="Delegations" empty="You have given and hold no delegation.">
          {m.delegations.given.map((d) => (
            <li key={d.id}>
              <span>
                You handed <strong>{d.roleName}</strong> over to {d.toName} {until(d.until)}
                {d.reason ? ` (${d.reason})` : ''}
              </span>
            </li>
          ))}
          {m.delegations.held.map((d) => (
            <li key={d.id}>
              <span>
                {d.fromName} handed <strong>{d.roleName}</strong> over to you {until(d.until)}
                {d.reason ? ` (${d.reason})` : ''}
              </span>
            </li>
          ))}
        </Section>
        <Section title="Guidelines of my roles" empty={m.delegations.given.length > 0 ? 'You hold no role now: the roles you handed over are listed under Delegations.' : 'You hold no role yet.'}>
          {m.roles.map((r) => (
            <li key={`${r.portfolioId}:${r.key}`}>
              <Link {...portfolioLink(r.portfolioId)}>
                {r.name} in {r.portfolioName}
              </Link>
              <span className="hint">{r.guidelines || r.description}</span>
            </li>
          ))}
        </Section>
      </Sections>
    </div>
  );
}

/** An entry about a card: the card, one click away, and what it asks of the reader. */
function ItemEntry({ boardId, itemId, label, children }: { boardId: string; itemId: string; label: string; children: ReactNode }) {
  return (
    <li>
      <Link {...itemLinkFromPage(boardId, itemId)}>{label}</Link>
      <span className="hint">{children}</span>
    </li>
  );
}

type SectionProps = { title: string; empty: string; children: ReactNode[] };
const entriesOf = (children: ReactNode[]) => children.flat().filter(Boolean);

/** Sections with entries first, in the order written; the empty ones after them. */
function Sections({ children }: { children: ReactElement<SectionProps>[] }) {
  const filled = children.filter((section) => entriesOf(section.props.children).length > 0);
  return [...filled, ...children.filter((section) => !filled.includes(section))].map((section) => <Fragment key={section.props.title}>{section}</Fragment>);
}

function Section({ title, empty, children }: SectionProps) {
  const entries = entriesOf(children);
  return (
    <section aria-label={title} className={entries.length === 0 ? 'me-section-empty' : undefined}>
      <h2>{title}</h2>
      {entries.length === 0 ? <p className="hint">{empty}</p> : <ul className="entry-list">{entries}</ul>}
    </section>
  );
}
