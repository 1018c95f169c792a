export { forecastHowMany, type HowManyForecast, type HowManyInput } from './forecast-how-many';
export { forecastWhen, type WhenForecast, type WhenInput } from './forecast-when';
export {
  CONFIDENCES,
  DEFAULT_TRIALS,
  DEFAULT_WINDOW_DAYS,
  HORIZON_DAYS,
  MAX_SEED,
  type ForecastInput,
  type ForecastProblem,
  type ForecastProblemCode,
} from './monte-carlo';
export { mulberry32 } from './prng';
export { forecastBasis, type ForecastBasis } from './forecast-basis';
export { forecastDocument, MAX_TRIALS, runForecast, type ForecastDocument, type ForecastRequest } from './run-forecast';
