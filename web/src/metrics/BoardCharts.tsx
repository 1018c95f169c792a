import { useMemo } from 'react';
import type { MetricsDocument } from '../api/types';
import { agingChart } from './aging-chart';
import { blockedByReasonChart } from './blocked-chart';
import { DEFINITIONS } from './chart-definitions';
import { fileNameOf } from './chart-export';
import { ChartFigure } from './ChartFigure';
import { cycleTimeHistogramChart, cycleTimeScatterChart } from './cycle-time-charts';
import { cumulativeFlowChart, netFlowChart, workInProgressChart, type ColumnName } from './flow-charts';
import { flowEfficiencyChart } from './flow-efficiency-chart';
import { dailyThroughputChart, weeklyThroughputChart } from './throughput-charts';

const NOTHING_MOVED = 'No item has moved in this range yet.';
const NOTHING_FINISHED = 'No item finished in this range.';

/** Every chart of a board's metrics document (PRODUCT.md §5), in the order a flow review reads them. */
export function BoardCharts({ metrics, columns, fileBase }: { metrics: MetricsDocument; columns: readonly ColumnName[]; fileBase: string }) {
  const charts = useMemo(
    () => [
      { id: 'cumulative-flow', title: 'Cumulative flow', definition: DEFINITIONS.cumulativeFlow, model: cumulativeFlowChart(metrics, columns), placeholder: NOTHING_MOVED },
      { id: 'cycle-time', title: 'Cycle time', definition: DEFINITIONS.cycleTimeScatter, model: cycleTimeScatterChart(metrics), placeholder: NOTHING_FINISHED },
      { id: 'cycle-time-histogram', title: 'Cycle time histogram', definition: DEFINITIONS.cycleTimeHistogram, model: cycleTimeHistogramChart(metrics), placeholder: NOTHING_FINISHED },
      { id: 'aging', title: 'Aging work in progress', definition: DEFINITIONS.aging, model: agingChart(metrics, columns), placeholder: 'Nothing is in progress.' },
      { id: 'daily-throughput', title: 'Daily throughput', definition: DEFINITIONS.dailyThroughput, model: dailyThroughputChart(metrics), placeholder: NOTHING_FINISHED },
      { id: 'weekly-throughput', title: 'Weekly throughput', definition: DEFINITIONS.weeklyThroughput, model: weeklyThroughputChart(metrics), placeholder: NOTHING_FINISHED },
      { id: 'work-in-progress', title: 'Work in progress', definition: DEFINITIONS.workInProgress, model: workInProgressChart(metrics), placeholder: NOTHING_MOVED },
      { id: 'net-flow', title: 'Net flow', definition: DEFINITIONS.netFlow, model: netFlowChart(metrics), placeholder: NOTHING_MOVED },
      { id: 'blocked-time', title: 'Blocked time by reason', definition: DEFINITIONS.blockedTime, model: blockedByReasonChart(metrics), placeholder: 'No counted block.' },
      { id: 'flow-efficiency', title: 'Flow efficiency', definition: DEFINITIONS.flowEfficiency, model: flowEfficiencyChart(metrics), placeholder: NOTHING_FINISHED },
    ],
    [metrics, columns],
  );
  return (
    <div className="metrics-charts">
      {charts.map(({ id, ...chart }) => (
        <ChartFigure key={id} {...chart} fileName={fileNameOf(fileBase, id)} />
      ))}
    </div>
  );
}
