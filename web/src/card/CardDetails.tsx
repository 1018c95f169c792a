import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useItem } from '../api/queries';
import type { Item, Member } from '../api/types';
import { classOfServiceLabel } from '../board/class-of-service';
import { formatDay } from '../shell/format';
import { itemLink } from '../shell/paths';
import { useThemes, useValueStreams } from '../strategy/queries';
import { BUSINESS_CASE_LABELS, HYPOTHESIS_LABELS } from './epic-fields';
import { WSJF_LABELS } from './WsjfFields';
import { WSJF_KEYS } from './draft';
import './card-details.css';

/** `members` undefined while they load: names show once they can be told from former members. */
type Props = { item: Item; members: readonly Member[] | undefined };

/** A card for someone who may read it but not change it: its values as text, without a form to fill in. */
export function CardDetails({ item, members }: Props) {
  const themes = useThemes(item.portfolioId, item.themes.length > 0);
  const streams = useValueStreams(item.portfolioId);
  const nameOf = (userId: string) => (members ? (members.find((m) => m.userId === userId)?.name ?? 'a former member') : '…');
  const themeNames = item.themes.map((id) => themes.data?.find((t) => t.id === id)?.name ?? '…');
  const stream = item.valueStream && (streams.data?.find((s) => s.id === item.valueStream)?.name ?? '…');
  const wsjfSet = WSJF_KEYS.filter((key) => item.wsjf[key] !== null);
  return (
    <div className="card-details" aria-label="Card details" role="group">
      <dl className="card-facts">
        <Fact term="Owner">{item.ownerId ? nameOf(item.ownerId) : <None>No owner</None>}</Fact>
        <Fact term="Assignees">{item.assigneeIds.length ? item.assigneeIds.map(nameOf).join(', ') : <None>Nobody</None>}</Fact>
        <Fact term="Class of service">{classOfServiceLabel(item.classOfService)}</Fact>
        <Fact term="Due date">{item.dueDate ? formatDay(item.dueDate) : <None>None</None>}</Fact>
        <Fact term="Value stream">{stream || <None>None</None>}</Fact>
        <Fact term="Parent">{item.parentId ? <ParentLink parentId={item.parentId} /> : <None>None</None>}</Fact>
        <Fact term="Tags">{item.tags.length ? item.tags.join(', ') : <None>None</None>}</Fact>
        <Fact term="Strategic themes">{themeNames.length ? themeNames.join(', ') : <None>None</None>}</Fact>
        <Fact term="WSJF">
          {item.wsjf.score === null ? (
            <None>Not estimated</None>
          ) : (
            <>
              score {item.wsjf.score} <span className="hint">(cost of delay {item.wsjf.costOfDelay})</span>
            </>
          )}
          {wsjfSet.length > 0 && <span className="hint wsjf-inputs">{wsjfSet.map((key) => `${WSJF_LABELS[key]} ${item.wsjf[key]}`).join(' · ')}</span>}
        </Fact>
      </dl>
      <TextFacts title="Epic hypothesis statement" labels={HYPOTHESIS_LABELS} values={item.hypothesis} />
      <TextFacts title="Lean business case" labels={BUSINESS_CASE_LABELS} values={item.businessCase} />
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const None = ({ children }: { children: ReactNode }) => <span className="hint">{children}</span>;

function ParentLink({ parentId }: { parentId: string }) {
  const parent = useItem(parentId).data;
  if (!parent) return <None>Loading…</None>;
  return (
    <Link {...itemLink(parent.boardId, parent.id)}>
      {parent.key} {parent.title}
    </Link>
  );
}

/** A group of long texts, showing only those written; nothing at all when none is. */
function TextFacts({ title, labels, values }: { title: string; labels: Record<string, string>; values: Record<string, string> }) {
  const written = Object.entries(labels).filter(([key]) => (values[key] ?? '').trim() !== '');
  if (written.length === 0) return null;
  return (
    <section className="text-facts" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        {written.map(([key, label]) => (
          <Fact key={key} term={label}>
            <span className="prose">{values[key]}</span>
          </Fact>
        ))}
      </dl>
    </section>
  );
}
