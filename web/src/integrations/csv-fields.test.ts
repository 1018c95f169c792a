import { describe, expect, it } from 'vitest';
import { guessFields } from './csv-fields';

describe('the fields of a CSV file', () => {
  it('guesses each field from the usual names, one column per field', () => {
    expect(guessFields(['Ticket', 'Name', 'Stage', 'Opened', 'Closed', 'Who', 'Notes', 'Deadline', 'Tags'])).toEqual({
      key: 'Ticket', title: 'Name', status: 'Stage', created: 'Opened', resolved: 'Closed', owner: 'Who', description: 'Notes', dueDate: 'Deadline', tags: 'Tags',
    });
    expect(guessFields(['Summary', 'Status'])).toEqual({ title: 'Summary', status: 'Status' });
    // A roadmap kept in a spreadsheet names its columns otherwise.
    expect(guessFields(['Ref', 'Initiative', 'Phase', 'Start', 'Completed', 'Lead', 'Target'])).toEqual({
      key: 'Ref', title: 'Initiative', status: 'Phase', created: 'Start', resolved: 'Completed', owner: 'Lead', dueDate: 'Target',
    });
  });
});
