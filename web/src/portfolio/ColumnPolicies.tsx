import type { Column } from '../api/types';
import { principalLabel, type PrincipalOption } from './principals';
import { RACI_PARTS } from './raci-parts';
import './column-policies.css';

/** A column's policies and responsibility matrix as text, for those who may read but not change them. */
export function ColumnPolicies({ column, options }: { column: Column; options: readonly PrincipalOption[] }) {
  const r = column.responsibility;
  const named = (part: (typeof RACI_PARTS)[number]['key']) => (part === 'accountable' ? (r.accountable ? [r.accountable] : []) : r[part]);
  return (
    <dl className="column-policies">
      <div>
        <dt>WIP limit</dt>
        <dd>{column.kind === 'done' ? 'None: done columns have no limit' : (column.wipLimit ?? 'No limit')}</dd>
      </div>
      <div>
        <dt>Gate</dt>
        <dd>{column.gate ? 'Entering needs a go from someone who may approve gated decisions' : 'None'}</dd>
      </div>
      <div className="wide">
        <dt>Policy</dt>
        <dd className="prose">{column.policy || <span className="hint">None written</span>}</dd>
      </div>
      <div className="wide">
        <dt>Exit criteria</dt>
        <dd>
          {column.exitCriteria.length === 0 ? (
            <span className="hint">None</span>
          ) : (
            <ul>
              {column.exitCriteria.map((criterion) => (
                <li key={criterion}>{criterion}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {RACI_PARTS.map((part) => (
        <div key={part.key}>
          <dt>
            {part.label} <span className="hint">{part.meaning}</span>
          </dt>
          <dd>{named(part.key).map((p) => principalLabel(p, options)).join(', ') || <span className="hint">Nobody</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
