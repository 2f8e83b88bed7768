/**
 * The sidebar's words in English and Simplified Chinese. Domain labels (tiers, kinds,
 * purposes, roles…) come from the shared vocabulary so the sidebar, sheets and email agree.
 */
import {
  BAND_LABELS,
  FUNNEL_LABELS,
  INTERACTION_KIND_LABELS,
  PERSONALITY_LABELS,
  PURPOSE_LABELS,
  QUADRANT_LABELS,
  ROLE_LABELS,
  SATISFACTION_LABELS,
  TIER_LABELS,
} from '../../core/crm/vocabulary';
import { fillTemplate, localize, type Locale, type LocalizedText } from '../../core/i18n';
import { TIER_PLAYBOOK } from '../../core/pyramid/playbook';

/** Words of the sidebar itself. */
export const MESSAGES = {
  loading: { en: 'Loading customers…', zh: '正在加载客户…' },
  retry: { en: 'Try again', zh: '重试' },
  searchLabel: { en: 'Find a customer', zh: '查找客户' },
  searchPlaceholder: { en: 'Name or customer id', zh: '名称或客户编号' },
  searchCount: { en: '{shown} of {total} customers', zh: '共 {total} 个客户，显示 {shown} 个' },
  searchNone: { en: 'No customer matches “{query}”.', zh: '没有与“{query}”匹配的客户。' },
  searchEmptyBook: {
    en: 'No customers yet. Add them to the Customers sheet.',
    zh: '还没有客户。请在“Customers”表中添加。',
  },
  back: { en: 'Back to search', zh: '返回搜索' },
  loadingCard: { en: 'Loading the card…', zh: '正在加载客户卡片…' },
  tier: { en: 'Tier', zh: '级别' },
  quadrant: { en: 'Matrix', zh: '矩阵' },
  band: { en: 'Band', zh: '等级' },
  revenue: { en: 'Revenue', zh: '销售收入' },
  revenueShare: { en: '{share} of total', zh: '占总额 {share}' },
  owners: { en: 'Owners', zh: '负责人' },
  noOwner: { en: 'No owner on our side.', zh: '我方没有负责人。' },
  singleOwner: {
    en: 'Only one person on our side knows this account. Add a second owner.',
    zh: '我方只有一人熟悉该客户（人走客户走）。请再指定一名负责人。',
  },
  contacts: { en: 'Key contacts', zh: '关键联系人' },
  noContacts: { en: 'No contacts yet.', zh: '还没有联系人。' },
  moreContacts: { en: 'and {count} more in the Contacts sheet', zh: '联系人表中还有 {count} 位' },
  coach: { en: 'Coach', zh: '教练' },
  dates: { en: 'Important dates (next 30 days)', zh: '重要日期（未来 30 天）' },
  today: { en: 'today', zh: '今天' },
  inDays: { en: 'in {days} days', zh: '{days} 天后' },
  tomorrow: { en: 'tomorrow', zh: '明天' },
  recent: { en: 'Last interactions', zh: '最近的沟通' },
  noInteractions: { en: 'Nothing logged yet.', zh: '还没有记录。' },
  by: { en: 'by {who}', zh: '记录人 {who}' },
  with: { en: 'with {who}', zh: '对象 {who}' },
  followUp: { en: 'Next follow-up', zh: '下次跟进' },
  noFollowUp: { en: 'None planned.', zh: '暂无计划。' },
  overdue: { en: 'Overdue', zh: '已逾期' },
  logTitle: { en: 'Log an interaction', zh: '记录一次沟通' },
  kind: { en: 'Kind', zh: '方式' },
  purpose: { en: 'Purpose', zh: '目的' },
  date: { en: 'Date', zh: '日期' },
  summary: { en: 'Summary', zh: '摘要' },
  withWhom: { en: 'With whom', zh: '沟通对象' },
  perceived: { en: 'Perceived (1–5)', zh: '感知表现（1–5）' },
  expected: { en: 'Expected (1–5)', zh: '期望（1–5）' },
  dealProbability: { en: 'Deal probability (%)', zh: '成交概率（%）' },
  nextStep: { en: 'Next step', zh: '下一步' },
  followUpDate: { en: 'Follow-up date', zh: '跟进日期' },
  notRated: { en: '—', zh: '—' },
  save: { en: 'Save', zh: '保存' },
  saving: { en: 'Saving…', zh: '正在保存…' },
  saved: { en: 'Saved.', zh: '已保存。' },
  savedBefore: {
    en: 'Already saved earlier; nothing new was written.',
    zh: '此前已保存，未重复写入。',
  },
  busy: {
    en: 'Someone else is saving right now: busy, try again in a moment.',
    zh: '其他人正在保存：系统繁忙，请稍后重试。',
  },
  fixFields: { en: 'Please correct the marked fields.', zh: '请更正标出的字段。' },
  unreachable: { en: 'Could not reach the server: {detail}', zh: '无法连接服务器：{detail}' },
  required: { en: 'Required.', zh: '必填。' },
  badDate: { en: 'Enter a real date (yyyy-mm-dd).', zh: '请输入有效日期（yyyy-mm-dd）。' },
  badScore: { en: 'Choose 1 to 5.', zh: '请选择 1 到 5。' },
  badPercent: { en: 'Enter a percentage from 0 to 100.', zh: '请输入 0 到 100 之间的百分比。' },
  tooLong: { en: 'At most {max} characters.', zh: '最多 {max} 个字符。' },
  badChoice: { en: 'Choose one of the list.', zh: '请从列表中选择。' },
  notText: { en: 'Expected text.', zh: '应为文本。' },
  badRequestId: {
    en: 'The form has no valid request id; reload the sidebar.',
    zh: '表单缺少有效的请求编号，请重新加载侧边栏。',
  },
  submitHint: { en: 'Ctrl+Enter saves from the summary.', zh: '在摘要中按 Ctrl+Enter 保存。' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;

/** Labels and words for one locale. */
export interface Texts {
  readonly locale: Locale;
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  label<T extends string>(labels: Readonly<Record<T, LocalizedText>>, code: T | ''): string;
  /** Whole numbers and money with the locale's grouping. */
  number(value: number): string;
  percent(fraction: number): string;
}

/** Vocabulary tables, re-exported so views take their labels from one place. */
export const LABELS = {
  tier: TIER_LABELS,
  quadrant: QUADRANT_LABELS,
  band: BAND_LABELS,
  kind: INTERACTION_KIND_LABELS,
  purpose: PURPOSE_LABELS,
  role: ROLE_LABELS,
  personality: PERSONALITY_LABELS,
  funnel: FUNNEL_LABELS,
  satisfaction: SATISFACTION_LABELS,
  playbook: TIER_PLAYBOOK,
} as const;

/** Builds the texts for a locale. */
export function texts(locale: Locale): Texts {
  const tag = locale === 'zh' ? 'zh-CN' : 'en-US';
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return {
    locale,
    t: (key, values) => fillTemplate(localize(MESSAGES[key], locale), values ?? {}),
    label: (labels, code) => (code === '' ? '' : localize(labels[code], locale)),
    number: (value) => numberFormat.format(value),
    percent: (fraction) => percentFormat.format(fraction),
  };
}
