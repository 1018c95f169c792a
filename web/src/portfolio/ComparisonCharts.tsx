import { useMemo } from 'react';
import type { PolicyComparison } from '../api/types';
import { ChartFigure } from '../metrics/ChartFigure';
import '../metrics/metrics.css';
import { comparisonCycleTimeChart, comparisonThroughputChart } from './comparison-charts';

/** Flow before and after a policy change drawn as the Metrics views draw theirs, each chart with its numbers as a table. */
export default function ComparisonCharts({ comparison }: { comparison: PolicyComparison }) {
  const file = `policy-change-${comparison.changeDay}`;
  // A new model draws the chart anew: only a new comparison makes one.
  const throughput = useMemo(() => comparisonThroughputChart(comparison), [comparison]);
  const cycleTime = useMemo(() => comparisonCycleTimeChart(comparison), [comparison]);
  return (
    <div className="comparison-charts">
      <ChartFigure
        title="Throughput and WIP, before and after"
        definition="Items finished in each window, and the items in progress on an average day of it."
        model={throughput}
        placeholder="Nothing to draw for these windows."
        fileName={`${file}-throughput`}
      />
      <ChartFigure
        title="Cycle time, before and after"
        definition="Days from start to finish that half, 85% and 95% of the items finished in each window took at most."
        model={cycleTime}
        placeholder="No item finished in either window: there is no cycle time to compare."
        fileName={`${file}-cycle-time`}
      />
    </div>
  );
}
