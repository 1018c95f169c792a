import { describe, expect, it } from 'vitest';
import { fileNameOf, tableCsv } from './chart-export';

describe('chart downloads', () => {
  it('writes a chart table as CSV with its header first', async () => {
    const csv = await tableCsv({ columns: ['Reason', 'Blocked days'], rows: [['Waiting, for "legal"', 3], ['vendor', null]] }).text();
    expect(csv).toBe('Reason,Blocked days\r\n"Waiting, for ""legal""",3\r\nvendor,\r\n');
  });

  it('names files in lower case with dashes only', () => {
    expect(fileNameOf('flow', 'Portfolio Kanban — Été 2026!', 'cycle-time')).toBe('flow-portfolio-kanban-ete-2026-cycle-time');
  });
});
