/** What Tier History says when a run starts a new baseline over an existing history. */
import { fillTemplate, localize, type Locale } from '../i18n';

/** Why the committed state could not be used. */
export type BaselineCause =
  { readonly kind: 'lost' } | { readonly kind: 'damaged'; readonly detail: string };

const REASON = {
  lost: {
    en: 'New baseline: the hidden Tier State sheet was missing or empty, so the tiers of {count} customers are the baseline from here on; moves since the previous run are not listed.',
    zh: '新基准：隐藏的 Tier State 工作表缺失或为空，因此 {count} 位客户的当前层级从此作为基准；上次运行以来的变化不再列出。',
  },
  damaged: {
    en: 'New baseline: the hidden Tier State sheet was damaged ({detail}), so the tiers of {count} customers are the baseline from here on; moves since the previous run are not listed.',
    zh: '新基准：隐藏的 Tier State 工作表已损坏（{detail}），因此 {count} 位客户的当前层级从此作为基准；上次运行以来的变化不再列出。',
  },
};

/** The Reason cell of a new-baseline row. */
export function baselineReason(cause: BaselineCause, count: number, locale: Locale): string {
  const detail = cause.kind === 'damaged' ? cause.detail : '';
  return fillTemplate(localize(REASON[cause.kind], locale), { count, detail });
}
