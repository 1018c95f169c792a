import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { explain } from '../api/http';
import { usePortfolio } from '../api/queries';
import type { RoadmapGroup, RoadmapGroupBy } from '../api/types';
import { Loading } from '../shell/Loading';
import { itemLinkFromPage, portfolioLink } from '../shell/paths';
import { RISK_LABELS, riskExplanation } from './due-date-risk';
import { roadmapLink } from './paths';
import { useRoadmap } from './queries';
import { periodBand, timelineScale, type TimelineScale } from './roadmap-scale';
import './strategy.css';

const GROUPINGS: { value: RoadmapGroupBy; label: string }[] = [
  { value: 'theme', label: 'Strategic theme' },
  { value: 'valueStream', label: 'Value stream' },
];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
/** A calendar day as the reader writes dates (the day itself, not a moment in some time zone). */
const formatDay = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));

/** The portfolio's dated items on one timeline, grouped by theme or value stream, each with its due-date risk. */
export default function RoadmapPage({ portfolioId, groupBy }: { portfolioId: string; groupBy: RoadmapGroupBy }) {
  const portfolio = usePortfolio(portfolioId);
  const navigate = useNavigate();
  const roadmap = useRoadmap(portfolioId, groupBy);
  const scale = useMemo(() => {
    if (!roadmap.data) return null;
    return timelineScale(roadmap.data.today, roadmap.data.groups.flatMap((group) => group.items.map((item) => item.dueDate)));
  }, [roadmap.data]);
  const pick = (next: RoadmapGroupBy) => {
    void navigate({ ...roadmapLink(portfolioId), search: { groupBy: next }, replace: true });
  };

  return (
    <div className="page roadmap-page">
      <div className="page-header">
        <h1>Roadmap{portfolio.data ? ` of ${portfolio.data.name}` : ''}</h1>
        <Link {...portfolioLink(portfolioId)}>Back to the portfolio</Link>
      </div>
      <fieldset className="roadmap-grouping">
        <legend>Group by</legend>
        {GROUPINGS.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="radio" name="groupBy" value={option.value} checked={groupBy === option.value} onChange={() => pick(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      {roadmap.isPending && <Loading label="Forecasting due dates…" />}
      {roadmap.isError && (
        <p className="form-error" role="alert">
          {explain(roadmap.error)}
        </p>
      )}
      {roadmap.data && scale && (
        <>
          <p className="hint">
            Risk from each board&apos;s Monte Carlo forecast of its throughput ({roadmap.data.forecast.trials} trials). Today is {formatDay(roadmap.data.today)}.
          </p>
          {roadmap.data.groups.every((group) => group.items.length === 0) && <p className="hint">No item has a due date yet.</p>}
          {roadmap.data.groups.map((group) => (
            <RoadmapLane key={group.id ?? 'none'} group={group} scale={scale} today={roadmap.data.today} />
          ))}
        </>
      )}
    </div>
  );
}

function periodText(group: RoadmapGroup): string {
  if (group.startsOn === null && group.endsOn === null) return '';
  return `${group.startsOn ? formatDay(group.startsOn) : '…'} – ${group.endsOn ? formatDay(group.endsOn) : '…'}`;
}

function RoadmapLane({ group, scale, today }: { group: RoadmapGroup; scale: TimelineScale; today: string }) {
  const band = periodBand(scale, group.startsOn, group.endsOn);
  const headingId = `roadmap-${group.id ?? 'none'}`;
  const period = periodText(group);
  return (
    <section className="roadmap-lane" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group.name} {period && <span className="hint">{period}</span>}
      </h2>
      <div className="roadmap-axis" aria-hidden="true">
        <span className="roadmap-axis-label">Due</span>
        <div className="roadmap-track">
          {band && <div className="roadmap-period" style={{ left: `${band.left}%`, width: `${band.width}%` }} />}
          {scale.ticks.map((tick) => (
            <span key={tick.date} className="roadmap-tick" style={{ left: `${tick.position}%` }}>
              {tick.label}
            </span>
          ))}
          <span className={`roadmap-today${scale.position(today) > 85 ? ' roadmap-today-end' : ''}`} style={{ left: `${scale.position(today)}%` }}>
            Today
          </span>
        </div>
      </div>
      {group.items.length === 0 ? (
        <p className="hint">No dated items.</p>
      ) : (
        <ol className="roadmap-items">
          {group.items.map((item) => {
            const risk = RISK_LABELS[item.risk.level];
            return (
              <li key={item.id} className="roadmap-item" data-risk={item.risk.level}>
                <div className="roadmap-item-label">
                  <Link {...itemLinkFromPage(item.boardId, item.id)} className="card-key">
                    {item.key}
                  </Link>{' '}
                  {item.title}
                  <span className="roadmap-item-meta">
                    due {formatDay(item.dueDate)} ·{' '}
                    <span className={`risk risk-${item.risk.level}`}>
                      <span aria-hidden="true">{risk.mark} </span>
                      {risk.label}
                    </span>
                  </span>
                  <span className="roadmap-item-why hint">{riskExplanation(item.risk)}</span>
                </div>
                <div className="roadmap-track" aria-hidden="true">
                  <span className={`roadmap-marker risk-${item.risk.level}`} style={{ left: `${scale.position(item.dueDate)}%` }}>
                    {risk.mark}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
