import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_DELIMITERS, csvDelimiter, csvHeader } from './csv-header';

describe('the column names of a CSV file', () => {
  it('reads the first record, unquoting names that hold commas, quotes and line breaks', () => {
    expect(csvHeader('\ufeffTicket,"Name, short","Say ""hi""","Two\nlines",Stage\r\nT-1,a,b,c,d')).toEqual(['Ticket', 'Name, short', 'Say "hi"', 'Two\nlines', 'Stage']);
    expect(csvHeader('')).toEqual([]);
  });

  it('are separated by semicolons or tabs where a spreadsheet saves them so, and by commas otherwise', () => {
    expect(csvHeader('Ticket;Name;"Cost; in €"\nT-1;Launch;1,5')).toEqual(['Ticket', 'Name', 'Cost; in €']);
    expect(csvHeader('Ticket\tName\nT-1\tLaunch')).toEqual(['Ticket', 'Name']);
    // As many names either way: the comma, which most files use.
    expect(csvDelimiter('Title,Notes;more\n')).toBe(',');
    expect(csvDelimiter('Title\n')).toBe(',');
  });

  it('finds the delimiter that separates any header of two names or more', () => {
    const name = fc.string({ minLength: 1, maxLength: 8 }).filter((text) => !/[,;\t"\r\n]/.test(text) && text.trim() !== '');
    fc.assert(
      fc.property(fc.constantFrom(...CSV_DELIMITERS), fc.array(name, { minLength: 2, maxLength: 6 }), (delimiter, names) => {
        const text = `${names.join(delimiter)}\r\n${names.map(() => 'x').join(delimiter)}`;
        expect(csvDelimiter(text)).toBe(delimiter);
        expect(csvHeader(text)).toEqual(names.map((n) => n.trim()));
      }),
    );
  });
});
