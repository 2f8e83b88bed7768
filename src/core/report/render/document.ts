/**
 * What the digest says, decided once for both parts: `buildDocument` turns a `DigestModel`
 * into headings, the pyramid table and customer items, all as plain text. The HTML and the
 * plain-text renderers only lay this out, so the two parts cannot drift apart, and the HTML
 * renderer can escape every string it is given without knowing which ones came from users.
 */
import type { DigestModel } from '../digest-model';
import type { Block, DigestDocument } from './blocks';
import { changesBlocks } from './changes';
import { periodLabel, sayer, type Say } from './format';
import { migrationBlocks } from './migration';
import { pyramidBlocks } from './pyramid';
import { watchBlocks } from './watch';

/**
 * "4 up, 3 down, 2 new, 3 gone" (new and gone only when there are some); when none, "baseline"
 * on a baseline run and "no tier changes" otherwise.
 */
function summaryOf(model: DigestModel, say: Say): string {
  const counts = [model.promotions, model.demotions, model.newCustomers, model.goneCustomers].map(
    (list) => list.length,
  );
  const [up = 0, down = 0, added = 0, gone = 0] = counts;
  if (!up && !down && !added && !gone)
    return say(model.baseline ? 'baselineShort' : 'noChangesShort');
  const parts = [say('up', { n: up }), say('down', { n: down })];
  if (added) parts.push(say('newCount', { n: added }));
  if (gone) parts.push(say('goneCount', { n: gone }));
  return parts.join(say('listSep'));
}

/** Decides everything the digest says for `model`, in its language. */
export function buildDocument(model: DigestModel): DigestDocument {
  const { locale } = model;
  const say = sayer(locale);
  const period = periodLabel(model.period, locale);
  const changes = changesBlocks(model, say);
  // With no changes: a baseline says what it recorded (always: it is not the optional
  // "no tier changes" note, which would be wrong there); otherwise the note, if wanted.
  const note = changes.length
    ? null
    : model.baseline
      ? say('baselineNote', { n: model.totalCustomers })
      : model.showNoChangeNote
        ? say('noChangeNote')
        : null;
  const noChange: Block[] = note ? [{ kind: 'para', text: note, tone: 'note' }] : [];
  return {
    lang: locale === 'zh' ? 'zh-CN' : 'en',
    // A subject is one line, whatever a label holds.
    subject: say('subject', { period, summary: summaryOf(model, say) }).replace(/[\r\n]+/g, ' '),
    // Under the title only when something changed: otherwise the note (or nothing) says so.
    summary: changes.length ? summaryOf(model, say) : '',
    brand: say('product'),
    title: say('title', { period }),
    meta: [
      say('book', { name: model.spreadsheetName }),
      say('generated', { at: model.generatedAt, zone: model.timeZone }),
    ],
    blocks: [
      ...noChange,
      ...pyramidBlocks(model, say),
      ...migrationBlocks(model, say),
      ...changes,
      ...watchBlocks(model, say),
    ],
    link: {
      label: say('openSheet'),
      url: model.spreadsheetUrl,
      text: say('openSheetText', { url: model.spreadsheetUrl }),
    },
    footer: say('footer'),
  };
}
