export * from './flow-history';
export { parseFlowHistory, parseFlowHistoryInSteps, type FlowHistoryError, type FlowHistoryParseResult } from './parse-flow-history';
export { serializeFlowHistory } from './serialize-flow-history';
export { boardSettings, defaultCommittedColumn, isTimeZone, type BoardSettings } from './board-settings';
export { formatDate, instantMs, parseDate, parseInstant, MS_PER_DAY, MS_PER_HOUR } from './iso-time';
