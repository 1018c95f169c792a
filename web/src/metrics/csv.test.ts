import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv (RFC 4180)', () => {
  it('separates fields with commas and ends every record with CRLF', () => {
    expect(toCsv([['Date', 'Finished'], ['2026-01-05', 3]])).toBe('Date,Finished\r\n2026-01-05,3\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r', 'plain']])).toBe('"a,b","say ""hi""","two\nlines","cr\r",plain\r\n');
  });

  it('writes nothing for a missing value and numbers as JavaScript prints them', () => {
    expect(toCsv([[null, 0, -2, 7.4, 41.25, Number.NaN]])).toBe(',0,-2,7.4,41.25,\r\n');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(toCsv([['=1+1', '+call', '-x', '@SUM(A1)', 'safe = text']])).toBe("'=1+1,'+call,'-x,'@SUM(A1),safe = text\r\n");
    expect(toCsv([['=HYPERLINK("x","y")']])).toBe(`"'=HYPERLINK(""x"",""y"")"\r\n`);
  });

  it('writes an empty document for no records and an empty field for empty text', () => {
    expect(toCsv([])).toBe('');
    expect(toCsv([['', 'x']])).toBe(',x\r\n');
  });
});
