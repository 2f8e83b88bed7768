/** What the report job says to people, in English and Simplified Chinese. */
import type { LocalizedText } from '../../../core/i18n';

export const JOB_MESSAGES = {
  title: { en: 'Customer Pyramid report', zh: '客户金字塔报告' },
  sent: { en: 'Digest sent to: {list}.', zh: '摘要已发送给：{list}。' },
  alreadySent: {
    en: 'Already sent for {period}: {list} (each recipient gets one digest per period).',
    zh: '{period} 已发送过：{list}（每位收件人每期只收到一份摘要）。',
  },
  waitingQuota: {
    en: 'Waiting for mail quota: {list}. They get the digest on the next run.',
    zh: '邮件配额不足，待发送：{list}。下次运行时发送。',
  },
  changes: {
    en: 'Tier changes recorded in Tier History: {count}.',
    zh: '已记录到 Tier History 的层级变化：{count} 条。',
  },
  baseline: {
    en: 'First run: the tiers of {count} customers are now the baseline; later runs record changes against it.',
    zh: '首次运行：{count} 位客户的当前层级已作为基准，之后的运行将记录相对基准的变化。',
  },
  noSchedule: {
    en: 'No recipients are scheduled, so no digest was sent. Use Schedule report… to choose them.',
    zh: '尚未设置收件人，因此没有发送摘要。请使用“定时报告…”选择收件人。',
  },
  failed: { en: 'The report did not run:', zh: '报告未能运行：' },
  alertSubject: {
    en: 'Customer Pyramid: the scheduled report failed ({name})',
    zh: '客户金字塔：定时报告运行失败（{name}）',
  },
  alertBody: {
    en: 'The scheduled report of "{name}" failed at {at}:\n\n{message}\n\n{url}\n\nYou get at most one such message a day. The next scheduled run tries again.',
    zh: '“{name}”的定时报告于 {at} 运行失败：\n\n{message}\n\n{url}\n\n此类提醒每天最多一封。下次定时运行会自动重试。',
  },
} as const satisfies Record<string, LocalizedText>;
