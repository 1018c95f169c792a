export { computeMetrics, type MetricsOptions } from './compute-metrics';
export type { ItemMetrics, MetricsDocument } from './metrics-document';
export { percentile, reportedPercentiles, REPORTED_PERCENTILES, type Percentiles } from './percentiles';
export { zoneCalendar, type ZoneCalendar } from './zone-calendar';
