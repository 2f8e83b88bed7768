/**
 * HTML escaping for text the digest did not write itself (names, ids, notes, the
 * spreadsheet's name and URL). One function serves text and attribute values alike: it
 * escapes both quote characters, so the result is safe inside `"…"` attributes too.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `<b>x</b>` → `&lt;b&gt;x&lt;/b&gt;`: the text shows as typed, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The URL for an `href`, or null when it is not plain http(s): a `javascript:` link from a
 * tampered setting must not become clickable.
 */
export function safeHttpUrl(url: string): string | null {
  return /^https?:\/\/\S+$/i.test(url) ? url : null;
}
