/** The CSV fields an item can take from a column, with the names a column for each usually has. */
export const CSV_FIELD_CHOICES = [
  { field: 'title', label: 'Title', guesses: ['title', 'summary', 'name', 'task', 'initiative', 'epic', 'item', 'subject'] },
  { field: 'key', label: 'Key, like T-12', guesses: ['key', 'issue key', 'id', 'ticket', 'ref', 'reference', 'number'] },
  { field: 'status', label: 'Status, which becomes the column', guesses: ['status', 'state', 'stage', 'phase', 'column', 'list'] },
  { field: 'created', label: 'Created on', guesses: ['created', 'created at', 'created on', 'opened', 'start', 'start date', 'started', 'date'] },
  { field: 'resolved', label: 'Finished on', guesses: ['resolved', 'closed', 'done', 'finished', 'completed', 'end date'] },
  { field: 'owner', label: 'Owner', guesses: ['owner', 'assignee', 'who', 'assigned to', 'lead', 'responsible'] },
  { field: 'description', label: 'Description', guesses: ['description', 'notes', 'details'] },
  { field: 'dueDate', label: 'Due date', guesses: ['due date', 'due', 'deadline', 'target', 'target date'] },
  { field: 'tags', label: 'Tags', guesses: ['tags', 'labels', 'label'] },
] as const;

/** A first guess at the field mapping from the column names: each field to the first column that reads like it. */
export function guessFields(columns: readonly string[]): Record<string, string> {
  const taken = new Set<string>();
  const fields: Record<string, string> = {};
  for (const choice of CSV_FIELD_CHOICES) {
    const column = columns.find((name) => !taken.has(name) && (choice.guesses as readonly string[]).includes(name.toLowerCase()));
    if (column) {
      fields[choice.field] = column;
      taken.add(column);
    }
  }
  return fields;
}
