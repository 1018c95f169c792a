import { Link } from '@tanstack/react-router';
import { useDeferredValue, useState } from 'react';
import { explain } from '../api/http';
import { useDecisions } from '../api/queries';
import { EvidenceLinks } from '../card/decision-form';
import { formatDateTime } from '../shell/format';
import { itemLinkFromPage } from '../shell/paths';
import { DECISION_WORDS } from '../../../src/domain/approval';

/** Every go/no-go, pivot, persevere and stop with its rationale and evidence, searchable by words in the rationale, key or title. */
export function DecisionLog({ portfolioId }: { portfolioId: string }) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const decisions = useDecisions(portfolioId, deferred);
  return (
    <div className="stack">
      <label className="filter">
        Search decisions
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {decisions.isError && <p role="alert">{explain(decisions.error)}</p>}
      {decisions.data?.length === 0 && <p className="hint">No decision {deferred.trim() ? 'matches' : 'has been recorded yet'}.</p>}
      {decisions.data && decisions.data.length > 0 && (
        <div className="table-scroll">
          <table className="cards-on-phone">
            <caption className="sr-only">Decision log</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Item</th>
                <th scope="col">Decision</th>
                <th scope="col">Rationale</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {decisions.data.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.decidedAt)}</td>
                  <td>
                    <Link {...itemLinkFromPage(d.boardId, d.itemId)}>
                      {d.itemKey} {d.itemTitle}
                    </Link>
                  </td>
                  <td data-label="Decision">{DECISION_WORDS[d.kind]}</td>
                  <td data-label="Rationale">
                    <span className="decision-rationale">{d.rationale}</span>
                    <EvidenceLinks links={d.evidence} />
                  </td>
                  <td data-label="By">
                    {d.decidedByName ?? '—'}
                    {d.onBehalfOf && <span className="hint"> on behalf of {d.onBehalfOfName ?? 'a former member'}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
