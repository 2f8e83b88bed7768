/**
 * What the add-on remembers about the sheets between runs, in one document property: each
 * table's header row (so a read can take a sheet-qualified range without asking the sheet
 * for its size), the spreadsheet's time zone and the team's language setting, and where the
 * next interaction row goes. Only ever a shortcut: every use is checked against what is read,
 * and a mismatch falls back to asking the sheet.
 */

const KEY = 'customerPyramid.layout';

export interface Layout {
  /** Sheet name → the normalized header cells, up to the last non-blank one. */
  headers: Record<string, string[]>;
  /** The spreadsheet's time zone, as of the last sidebar open, setup or recalculation. */
  timeZone?: string;
  /** The Settings sheet's `language`, mirrored by setup and recalculation. */
  language?: 'auto' | 'en' | 'zh';
  /** The language of the labels Set up sheets last put in the fixed-list dropdowns. */
  dropdownLanguage?: 'en' | 'zh';
  /** The sheet row the next logged interaction was expected to go to (no longer used). */
  nextInteractionRow?: number;
  /** The sum of all customers' positive revenue, as of the last recalculation. */
  totalRevenue?: number;
}

/** The stored layout, or an empty one. */
export function loadLayout(): Layout {
  // A failed read is an error, not an empty layout: an empty one would be written back over
  // the stored one, before the caller is even checked.
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  try {
    const parsed = text ? (JSON.parse(text) as Layout) : undefined;
    if (parsed && typeof parsed === 'object' && parsed.headers) return parsed;
  } catch {
    // A damaged value is only a lost shortcut.
  }
  return { headers: {} };
}

/** Stores the layout (one property write). */
export function saveLayout(layout: Layout): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(layout));
}
