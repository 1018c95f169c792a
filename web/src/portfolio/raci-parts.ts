/** The four parts of a column's responsibility matrix, in the order they are read, with what each means. */
export const RACI_PARTS = [
  { key: 'accountable', label: 'Accountable', meaning: 'answers for the column' },
  { key: 'responsible', label: 'Responsible', meaning: 'does the work' },
  { key: 'consulted', label: 'Consulted', meaning: 'asked before decisions' },
  { key: 'informed', label: 'Informed', meaning: 'kept up to date' },
] as const;
