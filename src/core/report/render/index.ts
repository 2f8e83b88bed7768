/**
 * The digest email: `renderDigest` turns the job's `DigestModel` into a subject, an
 * HTML part and a plain-text part with the same content, in the model's language. Pure: no
 * Apps Script globals, so it runs in Node tests, Chromium tests and Apps Script alike.
 */
import type { DigestModel, RenderedDigest } from '../digest-model';
import { buildDocument } from './document';
import { renderHtml } from './html';
import { renderText } from './text';

export { escapeHtml } from './escape';

/** Renders one digest. Every customer-provided string is escaped in the HTML part. */
export function renderDigest(model: DigestModel): RenderedDigest {
  const doc = buildDocument(model);
  return { subject: doc.subject, html: renderHtml(doc), text: renderText(doc) };
}
