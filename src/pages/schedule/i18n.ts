/**
 * The Schedule report dialog's words in English and Simplified Chinese. Field errors come from
 * the shared schedule contract, so the dialog and the server say the same thing.
 */
import { fillTemplate, localize, type Locale, type LocalizedText } from '../../core/i18n';

export const MESSAGES = {
  loading: { en: 'Loading the schedule…', zh: '正在加载定时设置…' },
  retry: { en: 'Try again', zh: '重试' },
  unreachable: { en: 'Could not reach the server: {detail}', zh: '无法连接服务器：{detail}' },
  noSchedule: {
    en: 'No report is scheduled yet. Saving schedules it to run from your account.',
    zh: '尚未设置定时报告。保存后，报告将从您的账号运行。',
  },
  ownedByMe: {
    en: 'You run this report: it is sent from your account.',
    zh: '此报告由您运行：邮件从您的账号发出。',
  },
  ownedByOther: {
    en: '{owner} runs this report: it is sent from their account. You can take it over; then it runs from yours.',
    zh: '此报告由 {owner} 运行：邮件从其账号发出。您可以接管，之后将从您的账号运行。',
  },
  frequency: { en: 'Frequency', zh: '频率' },
  daily: { en: 'Daily', zh: '每天' },
  weekly: { en: 'Weekly', zh: '每周' },
  monthly: { en: 'Monthly', zh: '每月' },
  weekday: { en: 'Day', zh: '星期' },
  monthDay: { en: 'Day of month', zh: '日期' },
  hour: { en: 'Hour', zh: '时间' },
  timeZone: {
    en: 'Times are in the spreadsheet’s time zone: {zone}.',
    zh: '时间按表格的时区计算：{zone}。',
  },
  recipients: { en: 'Recipients', zh: '收件人' },
  recipientsHint: {
    en: 'One per line or separated by commas. Only people who can open this spreadsheet.',
    zh: '每行一个，或用逗号分隔。仅限能打开此表格的人。',
  },
  recipientCount: { en: '{count} of {max}', zh: '{count} / {max}' },
  language: { en: 'Language of the report', zh: '报告语言' },
  health: { en: 'Last runs', zh: '最近运行' },
  lastSuccess: { en: 'Last success: {when}', zh: '上次成功：{when}' },
  never: { en: 'not run yet', zh: '尚未运行' },
  lastError: { en: 'Last error ({when}): {message}', zh: '上次出错（{when}）：{message}' },
  noError: { en: 'No errors.', zh: '没有错误。' },
  skipped: {
    en: 'Not sent on the last run ({when}), because they cannot open this spreadsheet now: {list}. Share it with them, or remove them below.',
    zh: '上次运行（{when}）未发送给以下收件人，因为他们现在无法打开此表格：{list}。请与他们共享，或在下方移除。',
  },
  ignoredRows: {
    en: 'Tier History rows {rows} were not written by the report: kept, but not applied to the tiers.',
    zh: 'Tier History 第 {rows} 行不是报告写入的：已保留，但不计入层级。',
  },
  newBaselineLost: {
    en: 'The last run ({when}) found the hidden Tier State sheet missing or empty and started a new baseline (recorded in Tier History).',
    zh: '上次运行（{when}）发现隐藏的 Tier State 工作表缺失或为空，已开始新基准（已记录在 Tier History 中）。',
  },
  newBaselineDamaged: {
    en: 'The last run ({when}) found the hidden Tier State sheet damaged ({detail}) and started a new baseline (recorded in Tier History).',
    zh: '上次运行（{when}）发现隐藏的 Tier State 工作表已损坏（{detail}），已开始新基准（已记录在 Tier History 中）。',
  },
  save: { en: 'Save', zh: '保存' },
  saving: { en: 'Saving…', zh: '正在保存…' },
  takeOver: { en: 'Take over', zh: '接管' },
  stop: { en: 'Stop report', zh: '停止报告' },
  stopping: { en: 'Stopping…', zh: '正在停止…' },
  close: { en: 'Close', zh: '关闭' },
  confirmStop: {
    en: 'Stop the report? Recipients get no more digests until someone schedules it again.',
    zh: '确定停止报告？在有人重新设置之前，收件人将不再收到报告。',
  },
  confirmStopYes: { en: 'Yes, stop it', zh: '确定停止' },
  keep: { en: 'Keep it', zh: '保留' },
  saved: { en: 'Saved. The report runs {when}.', zh: '已保存。报告将于{when}运行。' },
  tookOver: {
    en: 'You took the report over from {owner}. It runs {when}, from your account.',
    zh: '您已从 {owner} 接管报告。报告将于{when}从您的账号运行。',
  },
  stopped: { en: 'The report is stopped.', zh: '报告已停止。' },
  ownerTriggerLeft: {
    en: '{owner}’s trigger will remove itself the next time it fires, without sending anything.',
    zh: '{owner} 的触发器下次触发时会自行删除，不会发送任何内容。',
  },
  submitHint: { en: 'Ctrl+Enter saves.', zh: '按 Ctrl+Enter 保存。' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;

export interface Texts {
  readonly locale: Locale;
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  /** An ISO instant as a date and time in `timeZone`. */
  instant(iso: string, timeZone: string): string;
}

export function texts(locale: Locale): Texts {
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  return {
    locale,
    t: (key, values) => fillTemplate(localize(MESSAGES[key], locale), values ?? {}),
    instant(iso, timeZone) {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      try {
        return new Intl.DateTimeFormat(tag, {
          timeZone,
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(date);
      } catch {
        return iso;
      }
    },
  };
}
