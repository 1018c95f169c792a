import type { CsvField } from './csv';
import type { ChartTable } from './chart-model';
import { formatNumber } from './number-format';

const display = (cell: CsvField) => (cell === null ? '—' : typeof cell === 'number' ? formatNumber(cell) : cell);

/** A chart's numbers as a table: the first column names each row. */
export function DataTable({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {display(cell)}
                  </th>
                ) : (
                  <td key={column}>{display(cell)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
