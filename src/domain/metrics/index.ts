export { computeMetrics, metricsDocument, type MetricsOptions } from './compute-metrics';
export type { ItemEfficiency, ItemMetrics, MetricsDocument } from './metrics-document';
export type { ReasonTotal } from './blocked-time';
export { percentile, reportedPercentiles, REPORTED_PERCENTILES, type Percentiles } from './percentiles';
export { zoneCalendar, type ZoneCalendar } from './zone-calendar';
export { measurePortfolio, portfolioMetrics, portfolioRange, type BoardFlow, type BoardSummary, type PhaseCounts, type PortfolioMetricsDocument } from './portfolio-metrics';
