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
  skipped: {
    en: 'Not sent to {list}: they cannot open the spreadsheet now (not its owner, an editor or a viewer). Share the spreadsheet with them, or remove them from the recipients in Schedule report….',
    zh: '未发送给 {list}：他们现在无法打开此表格（不是所有者、编辑者或查看者）。请与他们共享表格，或在“定时报告…”中移除这些收件人。',
  },
  newBaselineLost: {
    en: 'The hidden Tier State sheet was missing or empty, so the tiers now were recorded as a new baseline (a row in Tier History says so). Moves since the previous run are not listed; later runs record changes against the new baseline. Nothing else to do.',
    zh: '隐藏的 Tier State 工作表缺失或为空，因此当前层级已记为新基准（Tier History 中有一行说明）。上次运行以来的变化不再列出；之后的运行将相对新基准记录变化。无需其他操作。',
  },
  newBaselineDamaged: {
    en: 'The hidden Tier State sheet was damaged ({detail}): it was not what the report writes, perhaps edited by hand. The tiers now were recorded as a new baseline (a row in Tier History says so) and the state was rewritten. Moves since the previous run are not listed; please leave the Tier State sheet to the add-on.',
    zh: '隐藏的 Tier State 工作表已损坏（{detail}）：内容不是报告写入的，可能被手动修改过。当前层级已记为新基准（Tier History 中有一行说明），状态已重写。上次运行以来的变化不再列出；请不要手动修改 Tier State 工作表。',
  },
  ignoredRows: {
    en: 'Tier History rows {rows} were not written by the report (typed by hand?): they are kept but not applied to the tiers. The report only appends to Tier History; add notes in another sheet.',
    zh: 'Tier History 第 {rows} 行不是报告写入的（手动输入？）：已保留，但不计入层级。报告只会在 Tier History 末尾追加；备注请写在其他工作表中。',
  },
  noticeSubject: {
    en: 'Customer Pyramid: the scheduled report needs your attention ({name})',
    zh: '客户金字塔：定时报告需要您注意（{name}）',
  },
  noticeBody: {
    en: 'The scheduled report of "{name}" ran at {at}:\n\n{notes}\n\n{url}\n\nYou get at most one such message a day.',
    zh: '“{name}”的定时报告于 {at} 运行：\n\n{notes}\n\n{url}\n\n此类提醒每天最多一封。',
  },
} as const satisfies Record<string, LocalizedText>;
