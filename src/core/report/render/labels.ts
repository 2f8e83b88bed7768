/**
 * Every word the digest prints, in English and Simplified Chinese. `{name}` placeholders are
 * filled with `fillTemplate`; numbers arrive already formatted.
 */
import type { LocalizedText } from '../../i18n';

export const LABELS = {
  product: { en: 'Customer Pyramid', zh: '客户金字塔' },
  subject: { en: 'Customer Pyramid — {period}: {summary}', zh: '客户金字塔 — {period}：{summary}' },
  up: { en: '{n} up', zh: '升级 {n}' },
  down: { en: '{n} down', zh: '降级 {n}' },
  newCount: { en: '{n} new', zh: '新增 {n}' },
  goneCount: { en: '{n} gone', zh: '流失 {n}' },
  noChangesShort: { en: 'no tier changes', zh: '层级无变化' },
  baselineShort: { en: 'baseline', zh: '首次报告（基准）' },
  counted: { en: '{text} ({n})', zh: '{text}（{n}）' },
  openSheetText: { en: 'Open the spreadsheet: {url}', zh: '打开表格：{url}' },
  listSep: { en: ', ', zh: '，' },
  title: { en: 'Tier changes — {period}', zh: '层级变化 — {period}' },
  book: { en: 'Spreadsheet: {name}', zh: '表格：{name}' },
  generated: { en: 'Generated {at} ({zone})', zh: '生成于 {at}（{zone}）' },
  daily: { en: '{day}', zh: '{day}' },
  weekly: { en: 'week of {day}', zh: '{day}当周' },
  monthly: { en: '{month}', zh: '{month}' },
  pyramid: { en: 'The pyramid now', zh: '当前客户金字塔' },
  tier: { en: 'Tier', zh: '层级' },
  customers: { en: 'Customers', zh: '客户数' },
  customerPct: { en: '% customers', zh: '客户占比' },
  valuePct: { en: '% value', zh: '价值占比' },
  total: { en: 'Total', zh: '合计' },
  revenue: { en: 'Revenue', zh: '销售收入' },
  profit: { en: 'Profit', zh: '利润' },
  pareto: {
    en: 'The top {top} of customers hold {value} of {basis}.',
    zh: '前 {top} 的客户贡献了 {value} 的{basis}。',
  },
  paretoChange: {
    en: 'The top {top} of customers hold {value} of {basis} ({change}).',
    zh: '前 {top} 的客户贡献了 {value} 的{basis}（{change}）。',
  },
  paretoUp: { en: '▲ {n} points since the last report', zh: '比上次报告 ▲ {n} 个百分点' },
  paretoDown: { en: '▼ {n} points since the last report', zh: '比上次报告 ▼ {n} 个百分点' },
  paretoSame: { en: 'unchanged since the last report', zh: '与上次报告持平' },
  migration: { en: 'Movement since the last report', zh: '自上次报告以来的层级迁移' },
  migrationKept: {
    en: '{kept} of {before} customers ({share}) kept their tier; {moved} moved to another tier, {gone} left and {added} arrived.',
    zh: '{before} 位客户中有 {kept} 位（{share}）保持原层级；{moved} 位换了层级，{gone} 位流失，{added} 位新增。',
  },
  migrationNobody: {
    en: 'No customer had a tier at the last report; {added} arrived since.',
    zh: '上次报告时没有已分层的客户；此后新增 {added} 位。',
  },
  migrationBaseline: {
    en: 'No movement table yet: this report is the baseline, so there is no earlier tier to compare with. The next report shows how customers moved since this one.',
    zh: '暂无迁移表：本报告是基准，没有更早的层级可比较。下一份报告将显示客户自本次以来的层级迁移。',
  },
  migrationCaption: {
    en: 'Customers by tier at the last report (rows) and tier now (columns)',
    zh: '按上次报告时的层级（行）和当前层级（列）统计的客户数',
  },
  fromTo: { en: 'From \\ To', zh: '从 \\ 到' },
  gone: { en: 'Gone', zh: '流失' },
  new: { en: 'New', zh: '新增' },
  forecast: { en: 'The next period’s pyramid (forecast)', zh: '下期客户金字塔预测' },
  forecastNote: {
    en: 'If customers keep moving as they did since the last report (the same shares of each tier move to each other tier or leave, and as many new customers arrive), the next period should look like this; about {gone} customers would leave.',
    zh: '如果客户继续按自上次报告以来的方式迁移（各层级以相同比例转入其他层级或流失，并有同样多的新客户加入），下期预计如下；约 {gone} 位客户将流失。',
  },
  forecastCaption: {
    en: 'Expected customers per tier one period on',
    zh: '一期后各层级的预计客户数',
  },
  now: { en: 'Now', zh: '当前' },
  expected: { en: 'Expected', zh: '预计' },
  change: { en: 'Change', zh: '变化' },
  promotions: { en: 'Moved up', zh: '升级' },
  demotions: { en: 'Moved down', zh: '降级' },
  newCustomers: { en: 'New customers', zh: '新客户' },
  goneCustomers: { en: 'Gone customers', zh: '流失客户' },
  noChangeNote: { en: 'No tier changes this period.', zh: '本期没有层级变化。' },
  baselineNote: {
    en: 'First report: the tiers of {n|customer|customers} are now the baseline; from the next report on you will see who moved up or down.',
    zh: '首次报告：{n} 位客户的当前层级已记为基准；从下一份报告起，您将看到哪些客户升级或降级。',
  },
  moreInHistory: {
    en: '…and {n} more in the Tier History sheet.',
    zh: '……另有 {n} 位，见 Tier History 工作表。',
  },
  more: { en: '…and {n} more in the spreadsheet.', zh: '……另有 {n} 位，见表格。' },
  watch: { en: 'Needs attention', zh: '需要关注' },
  nothingToWatch: { en: 'Nothing needs attention.', zh: '没有需要关注的事项。' },
  singleOwner: {
    en: 'A/B accounts with fewer than two owners on our side',
    zh: '我方负责人少于两位的 A/B 客户',
  },
  owners: { en: 'owner: {owners}', zh: '负责人：{owners}' },
  noOwner: { en: 'no owner', zh: '没有负责人' },
  notContacted: { en: 'A/B accounts not contacted for too long', zh: '太久未联系的 A/B 客户' },
  lastContact: {
    en: 'last contact {date}, {days|day|days} ago (limit {limit|day|days})',
    zh: '最近联系 {date}，已 {days} 天（上限 {limit} 天）',
  },
  neverContacted: {
    en: 'never contacted (limit {limit|day|days})',
    zh: '从未联系（上限 {limit} 天）',
  },
  overdue: { en: 'Overdue follow-ups', zh: '逾期的跟进' },
  overdueLine: {
    en: 'due {date}, {days|day|days} overdue',
    zh: '应于 {date} 跟进，已逾期 {days} 天',
  },
  nextStep: { en: 'Next step: {step}', zh: '下一步：{step}' },
  importantDates: {
    en: 'Important dates in the next 14 days',
    zh: '未来 14 天的重要日子',
  },
  dateLine: { en: '{contact} — {date}, {when}', zh: '{contact} — {date}，{when}' },
  today: { en: 'today', zh: '今天' },
  inDays: { en: 'in {n|day|days}', zh: '{n} 天后' },
  inOneDay: { en: 'tomorrow', zh: '明天' },
  bValueFell: { en: 'B customers whose value fell', zh: '价值下降的 B 类客户' },
  fellLine: { en: '{basis} {from} → {to} ({change})', zh: '{basis} {from} → {to}（{change}）' },
  openSheet: { en: 'Open the spreadsheet', zh: '打开表格' },
  footer: {
    en: 'You receive this because you are a recipient of the scheduled report of this spreadsheet. Its owner can change or stop it under Extensions › Customer Pyramid.',
    zh: '您收到此邮件，是因为您是该表格定期报告的收件人。报告的所有者可在“扩展程序 › Customer Pyramid”中修改或停止它。',
  },
} as const satisfies Record<string, LocalizedText>;

export type LabelKey = keyof typeof LABELS;
