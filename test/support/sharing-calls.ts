/**
 * Splits an execution's spreadsheet calls into the sharing check (who the file is shared
 * with: getOwner, getEditors, getViewers and one User.getEmail per person listed, asked afresh in every
 * execution because no authorisation decision may outlive it) and everything else. Budgets
 * are held on the rest; the sharing check has its own bound, which grows with the people the
 * spreadsheet is shared with, never with its rows.
 */
export interface CallRecord {
  readonly calls: readonly { readonly service: string; readonly method: string }[];
}

const SHARING = new Set([
  'Spreadsheet.getOwner',
  'Spreadsheet.getEditors',
  'Spreadsheet.getViewers',
  'User.getEmail',
]);

export function splitSharingCalls(e: CallRecord): { sharing: number; rest: number } {
  const spreadsheet = e.calls.filter((c) => c.service === 'spreadsheet');
  const sharing = spreadsheet.filter((c) => SHARING.has(c.method)).length;
  return { sharing, rest: spreadsheet.length - sharing };
}
