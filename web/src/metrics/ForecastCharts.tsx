import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { explain, isProblem } from '../api/http';
import type { ChartModel } from './chart-model';
import { DEFINITIONS } from './chart-definitions';
import { fileNameOf } from './chart-export';
import { ChartFigure } from './ChartFigure';
import { addDays, isDate } from './day-dates';
import { howManyForecastChart, whenForecastChart } from './forecast-charts';
import { useForecast } from './queries';

interface ForecastProps {
  boardId: string;
  /** The day asked for in the range (ages as of), passed on so both views agree; absent: the server's today. */
  today: string | undefined;
  fileBase: string;
}

/** Days after the metrics' today that "how many by" asks about until the user picks a day. */
const DEFAULT_HORIZON_DAYS = 30;

/**
 * The two Monte Carlo questions of PRODUCT.md §5, each as the distribution of its trials with the
 * confidences marked. `metricsToday` is the today the metrics were measured to.
 */
export function ForecastCharts({ boardId, today, fileBase, metricsToday }: ForecastProps & { metricsToday: string }) {
  return (
    <>
      <WhenForecast boardId={boardId} today={today} fileBase={fileBase} />
      <HowManyForecast boardId={boardId} today={today} fileBase={fileBase} defaultUntil={addDays(metricsToday, DEFAULT_HORIZON_DAYS)} />
    </>
  );
}

function WhenForecast({ boardId, today, fileBase }: ForecastProps) {
  const [items, setItems] = useState<number | undefined>(undefined);
  const forecast = useForecast(boardId, { mode: 'when', items }, today);
  const data = forecast.data?.mode === 'when' ? forecast.data : null;
  const model = useMemo(() => (data ? whenForecastChart(data) : null), [data]);
  return (
    <ForecastFigure
      title="Forecast: when will the items be done"
      definition={DEFINITIONS.forecastWhen}
      model={model}
      fileName={fileNameOf(fileBase, 'forecast-when')}
      state={forecast}
      caption={data && `When ${data.items} more ${data.items === 1 ? 'item' : 'items'} will be done: ${runOf(data)}.`}
    >
      <QuestionForm
        label="Items to finish"
        hint="Leave empty for all unfinished items."
        initial={items === undefined ? '' : String(items)}
        type="number"
        valid={(value) => value === '' || (Number.isSafeInteger(Number(value)) && Number(value) >= 1)}
        problem="Give a whole number of items, 1 or more."
        onAsk={(value) => setItems(value === '' ? undefined : Number(value))}
      />
    </ForecastFigure>
  );
}

function HowManyForecast({ boardId, today, fileBase, defaultUntil }: ForecastProps & { defaultUntil: string }) {
  const [until, setUntil] = useState(defaultUntil);
  const forecast = useForecast(boardId, { mode: 'how-many', until }, today);
  const data = forecast.data?.mode === 'how-many' ? forecast.data : null;
  const model = useMemo(() => (data ? howManyForecastChart(data) : null), [data]);
  return (
    <ForecastFigure
      title="Forecast: how many items by a day"
      definition={DEFINITIONS.forecastHowMany}
      model={model}
      fileName={fileNameOf(fileBase, 'forecast-how-many')}
      state={forecast}
      caption={data && `Items done by ${data.until}: ${runOf(data)}.`}
    >
      <QuestionForm label="By the end of" initial={until} type="date" valid={isDate} problem="Give a day like 2026-01-31." onAsk={setUntil} />
    </ForecastFigure>
  );
}

const runOf = (data: { trials: number; seed: number; windowDays: number; lastFinishDate: string }) =>
  `${data.trials.toLocaleString('en-US')} trials, seed ${data.seed}, sampling up to ${data.windowDays} days of throughput to ${data.lastFinishDate}`;

interface ForecastFigureProps {
  title: string;
  definition: string;
  model: ChartModel | null;
  fileName: string;
  state: { isPending: boolean; isError: boolean; error: unknown; isPlaceholderData: boolean };
  caption: string | null;
  children: ReactNode;
}

/** A board where nothing has finished has nothing to forecast from yet: said as it is, not as a field refused. */
function unanswered(error: unknown): string {
  return isProblem(error, 'validation_failed') && error.problem.problem === 'no-finished-items' ? error.problem.detail : explain(error);
}

function ForecastFigure({ title, definition, model, fileName, state, caption, children }: ForecastFigureProps) {
  const placeholder = state.isError ? unanswered(state.error) : 'Running the simulation…';
  return (
    <ChartFigure title={title} definition={definition} model={state.isError ? null : model} placeholder={placeholder} fileName={fileName}>
      {children}
      <p className="hint" role="status">
        {state.isError ? '' : state.isPlaceholderData ? 'Running the simulation…' : caption}
      </p>
    </ChartFigure>
  );
}

interface QuestionFormProps {
  label: string;
  hint?: string;
  initial: string;
  type: 'number' | 'date';
  valid: (value: string) => boolean;
  problem: string;
  onAsk: (value: string) => void;
}

function QuestionForm({ label, hint, initial, type, valid, problem, onAsk }: QuestionFormProps) {
  const [value, setValue] = useState(initial);
  const [shown, setShown] = useState(false);
  const errorId = useId();
  const hintId = useId();
  const invalid = shown && !valid(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    if (valid(value)) onAsk(value);
  };
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  return (
    <form className="metric-chart-form" onSubmit={submit} noValidate>
      <label>
        {label}
        <input
          type={type}
          min={type === 'number' ? 1 : undefined}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy || undefined}
        />
      </label>
      <button type="submit">Forecast</button>
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {invalid && (
        <p className="form-error" id={errorId} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
