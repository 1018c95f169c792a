import { API } from '../api/http';
import type { Portfolio } from '../api/types';

/** Each board's items as a CSV file to download: the way out to a spreadsheet or another tool. */
export function ItemsExport({ portfolio }: { portfolio: Portfolio }) {
  return (
    <div className="stack">
      <p className="hint">Every item of a board, one row each, with all its fields and the day it entered each column; a spreadsheet opens it.</p>
      <ul className="export-list">
        {portfolio.boards.map((board) => (
          <li key={board.id}>
            <a href={`${API}/boards/${board.id}/items.csv`} download>
              {board.name}: items as CSV
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
