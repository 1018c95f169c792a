import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { boardForecast } from '../../../src/app/flow-metrics';
import { explain, http } from '../api/http';

type Forecast = Awaited<ReturnType<typeof boardForecast>>;

/** Monte Carlo answers (PRODUCT.md §5): when the unfinished work will be done, or how much by a date. */
export function ForecastPanel({ boardId }: { boardId: string }) {
  const [until, setUntil] = useState('');
  const forecast = useQuery({
    queryKey: ['board', boardId, 'forecast', until],
    queryFn: () => http.get<Forecast>(`/boards/${boardId}/forecast${until ? `?until=${until}` : ''}`),
    retry: false,
  });
  return (
    <section className="panel" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">Forecast</h2>
      <label className="filter">
        How many items by <span className="hint">(empty: when will the unfinished items be done)</span>
        <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      </label>
      {forecast.isPending && <p className="hint">Running the simulation…</p>}
      {forecast.isError && <p className="hint">{explain(forecast.error)}</p>}
      {forecast.data && (
        <table>
          <caption>
            {forecast.data.mode === 'when' ? `When ${forecast.data.items} more items will be done` : `Items done by ${forecast.data.until}`} ({forecast.data.trials} trials)
          </caption>
          <thead>
            <tr>
              <th scope="col">Confidence</th>
              <th scope="col">{forecast.data.mode === 'when' ? 'Done by' : 'At least'}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.data.results.map((result) => (
              <tr key={result.confidence}>
                <td>{result.confidence}%</td>
                <td>{'date' in result ? (result.date ?? `after ${'horizon' in forecast.data! ? forecast.data.horizon : 'the horizon'}`) : `${result.items} items`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
