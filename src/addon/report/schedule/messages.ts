/** Words of the schedule's menu items and alerts, in English and Simplified Chinese. */
import type { LocalizedText } from '../../../core/i18n';

export const SCHEDULE_MENU_MESSAGES = {
  scheduleMenu: { en: 'Schedule report…', zh: '定时报告…' },
  stopMenu: { en: 'Stop report', zh: '停止报告' },
  dialogTitle: { en: 'Schedule the tier-change report', zh: '定时发送分层变化报告' },
  stopTitle: { en: 'Stop report', zh: '停止报告' },
  nothingScheduled: {
    en: 'No report is scheduled for this spreadsheet. Nothing was changed.',
    zh: '此表格没有定时报告，未做任何更改。',
  },
  leftoverRemoved: {
    en: 'No report is scheduled for this spreadsheet. Your leftover report trigger was removed.',
    zh: '此表格没有定时报告。已删除您遗留的报告触发器。',
  },
  confirmStop: {
    en: 'Stop the report that {owner} runs {when}? Its {count} recipients will get no more digests until someone schedules it again.',
    zh: '停止由 {owner} 运行的报告（{when}）？在有人重新设置之前，{count} 位收件人将不再收到报告。',
  },
  notStopped: { en: 'The report was not stopped.', zh: '报告未停止。' },
  stopped: {
    en: 'The report is stopped and its schedule cleared.',
    zh: '报告已停止，定时设置已清除。',
  },
  ownerTriggerLeft: {
    en: "{owner}'s trigger cannot be removed from your account; it will find the schedule gone and remove itself the next time it fires, without sending anything.",
    zh: '无法从您的账号删除 {owner} 的触发器；它下次触发时会发现定时设置已清除并自行删除，不会发送任何内容。',
  },
} as const satisfies Record<string, LocalizedText>;
