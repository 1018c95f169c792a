import { formatDate, type FlowHistory } from '../../domain/flow-history';
import { computeMetrics, zoneCalendar, type MetricsDocument } from '../../domain/metrics';
import { dateOption, parseFileArguments, readFlowHistoryFile } from '../flow-history-input';
import { counted } from '../../domain/words';
import { bar, largest, resample, rounded, sparkline, table } from '../text-chart';
import { UsageError } from '../usage-error';

const CHART_WIDTH = 60;
const LONG_LIST = 25;

/** `metrics FILE [--from D] [--to D] [--today D] [--json]`: §5 flow metrics of a flow-history file. */
export async function metrics(args: string[]): Promise<number> {
  const { file, values } = parseFileArguments(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const from = dateOption(values.from, '--from');
  const to = dateOption(values.to, '--to');
  const today = dateOption(values.today, '--today');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from (${from}) must not be after --to (${to})`);

  const history = await readFlowHistoryFile('metrics', file);
  if (!history) return 1;
  const timeZone = history.board.timeZone ?? 'UTC';
  const document = computeMetrics(history, { today: today ?? formatDate(zoneCalendar(timeZone).dayOf(Date.now())), from, to });
  console.log(values.json ? JSON.stringify(document, null, 2) : report(history, document).join('\n'));
  return 0;
}

function report(history: FlowHistory, document: MetricsDocument): string[] {
  const { board } = history;
  const range = document.range ? `${document.range.from} to ${document.range.to} (${document.cfd.length} days)` : 'none (no dated items)';
  return [
    `Flow metrics of "${board.name}" (time zone ${board.timeZone ?? 'UTC'}, cycle time ${board.cycleTimeCounting ?? 'inclusive'})`,
    `Range ${range}; today ${document.today}`,
    `Commitment point "${document.committedColumn}", done column "${document.doneColumn}"`,
    itemSummary(document),
    '',
    ...cycleTimeSection(document),
    '',
    ...throughputSection(document),
    '',
    ...cumulativeFlowSection(document),
    '',
    ...agingSection(document),
    '',
    `Flow efficiency: ${document.flowEfficiency.percent === null ? '– (no finished item in range)' : `${rounded(document.flowEfficiency.percent)}%`}`,
    '',
    ...itemsSection(document),
  ];
}

function itemSummary({ items }: MetricsDocument): string {
  const finished = items.filter((item) => item.finish !== null).length;
  const started = items.filter((item) => item.start !== null && item.finish === null).length;
  return `Items: ${items.length} (${finished} finished, ${started} in progress, ${items.length - finished - started} not started)`;
}

function cycleTimeSection({ cycleTime }: MetricsDocument): string[] {
  const finished = cycleTime.histogram.reduce((sum, row) => sum + row.count, 0);
  if (finished === 0) return ['Cycle time: no item finished in the range'];
  const percentiles = Object.entries(cycleTime.percentiles).map(([p, days]) => `${p}%: ${rounded(days) ?? '–'}`);
  const most = largest(cycleTime.histogram.map((row) => row.count));
  const rows = cycleTime.histogram.length > LONG_LIST ? cycleTime.histogram.filter((row) => row.count > 0) : cycleTime.histogram;
  return [
    `Cycle time of ${counted(finished, 'item')} finished in the range (days): ${percentiles.join('   ')}`,
    ...table(['days', 'items', ''], rows.map((row) => [row.days, row.count, bar(row.count, most, 40)])).map(indent),
  ];
}

function throughputSection({ throughput }: MetricsDocument): string[] {
  if (throughput.daily.length === 0) return ['Throughput: no item finished'];
  const weeks = throughput.weekly.slice(-LONG_LIST);
  const most = largest(weeks.map((week) => week.count));
  const daily = throughput.daily.map((day) => day.count);
  const total = daily.reduce((sum, count) => sum + count, 0);
  const sum = (bucket: number[]) => bucket.reduce((a, b) => a + b, 0);
  return [
    `Throughput: ${counted(total, 'item')} from ${throughput.daily[0]!.date} to ${throughput.daily.at(-1)!.date}`,
    `  per day  |${sparkline(resample(daily, CHART_WIDTH, sum))}|`,
    `  per ISO week (Monday)${weeks.length < throughput.weekly.length ? `, last ${weeks.length} weeks` : ''}:`,
    ...table(['week', 'items', ''], weeks.map((week) => [week.week, week.count, bar(week.count, most, 40)])).map(indent),
  ];
}

function cumulativeFlowSection(document: MetricsDocument): string[] {
  if (document.cfd.length === 0) return ['Cumulative flow: no days in the range'];
  const keys = Object.keys(document.cfd[0]!.counts);
  const last = (bucket: number[]) => bucket.at(-1) ?? 0;
  const highest = largest(Object.values(document.cfd.at(-1)!.counts));
  const width = largest(keys.map((key) => key.length));
  const wip = document.wip.map((day) => day.count);
  const arrivals = document.netFlow.reduce((sum, day) => sum + day.arrivals, 0);
  const departures = document.netFlow.reduce((sum, day) => sum + day.departures, 0);
  return [
    `Cumulative flow (items that reached each column, ${document.range?.from} to ${document.range?.to}):`,
    ...keys.map((key) => {
      const series = document.cfd.map((day) => day.counts[key] ?? 0);
      return `  ${key.padEnd(width)}  |${sparkline(resample(series, CHART_WIDTH, last), highest)}| ${series.at(-1)}`;
    }),
    `  ${'WIP'.padEnd(width)}  |${sparkline(resample(wip, CHART_WIDTH, (bucket) => largest(bucket)))}| ${wip.at(-1)} at the end, ${largest(wip)} at most`,
    `  Net flow: ${arrivals} arrivals, ${departures} departures, net ${arrivals - departures >= 0 ? '+' : ''}${arrivals - departures}`,
  ];
}

function agingSection({ aging }: MetricsDocument): string[] {
  if (aging.length === 0) return ['Work item age: nothing in progress'];
  const oldest = [...aging].sort((a, b) => b.ageDays - a.ageDays);
  const shown = oldest.slice(0, LONG_LIST);
  return [
    `Work item age of ${counted(aging.length, 'item')} in progress (oldest first${shown.length < aging.length ? `, first ${shown.length}` : ''}):`,
    ...table(['item', 'column', 'age (days)'], shown.map((row) => [row.key, row.column, row.ageDays])).map(indent),
  ];
}

function itemsSection({ items }: MetricsDocument): string[] {
  if (items.length === 0) return ['Items: none'];
  const shown = items.slice(0, LONG_LIST);
  const rows = shown.map((item) => [
    item.key,
    item.start ?? '–',
    item.finish ?? '–',
    item.cycleTimeDays,
    item.leadTimeDays,
    item.ageDays,
    item.blockedDays,
    rounded(item.blockedHours),
  ]);
  return [
    `Items${shown.length < items.length ? ` (first ${shown.length} of ${items.length}; --json lists all)` : ''}:`,
    ...table(['item', 'start', 'finish', 'cycle', 'lead', 'age', 'blocked days', 'blocked hours'], rows).map(indent),
  ];
}

function indent(line: string): string {
  return `  ${line}`;
}
