/** What every server function and menu item may answer, in English and Simplified Chinese. */
import type { LocalizedText } from '../../core/i18n';

export const SERVER_MESSAGES = {
  busy: {
    en: 'Someone else is saving right now. Nothing was saved; please try again in a moment.',
    zh: '其他人正在保存。本次未保存任何内容，请稍后重试。',
  },
  forbidden: {
    en: 'Only people who can edit this spreadsheet can use Customer Pyramid here.',
    zh: '只有能编辑此表格的用户才能在此使用客户金字塔。',
  },
  noEmail: {
    en: 'Google did not tell us who you are, so nothing can be saved. Sign in to Google and reopen the spreadsheet.',
    zh: 'Google 未提供您的身份，因此无法保存。请登录 Google 后重新打开表格。',
  },
  internal: {
    en: 'Something went wrong on the server. Please try again: a retry never saves twice.',
    zh: '服务器出错。请重试：重试不会重复保存。',
  },
} as const satisfies Record<string, LocalizedText>;
