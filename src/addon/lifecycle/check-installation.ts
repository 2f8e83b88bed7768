/**
 * Menu: Check installation. Runs, in the real spreadsheet, the few things no offline test can
 * settle, and shows each result with what it means for the add-on. Every probe is caught:
 * the check reports, it never fails, and it writes nothing.
 */
import { dayInZone } from '../../core/calendar';
import { localize, type Locale, type LocalizedText } from '../../core/i18n';
import { escapeHtml } from '../../core/report/render/escape';
import { SEND_MAIL, TRIGGERS } from '../consent';
import { userLocale } from '../locale';
import { addonCell } from '../server/access';

export const CHECK_TITLE: LocalizedText = { en: 'Check installation', zh: '检查安装' };

/** One probe: what was asked, what came back, and what that means for Customer Pyramid. */
export interface CheckLine {
  readonly what: string;
  readonly result: string;
  readonly meaning: string;
}

const t = (en: string, zh: string): LocalizedText => ({ en, zh });

const W = {
  rangeList: t('A range list over two sheets', '跨两个工作表的区域列表'),
  rangeListMeaning: t(
    'Customer Pyramid reads each sheet on its own and does not need this; Google documents a range list as one sheet only.',
    '客户金字塔逐个读取工作表，不依赖此功能；Google 文档规定区域列表只能在同一工作表内。',
  ),
  editors: t('getEditors() includes the owner', 'getEditors() 是否包含所有者'),
  editorsMeaning: t(
    'Customer Pyramid asks the owner separately (getOwner) and decides who may edit by your own permission, so either answer is fine.',
    '客户金字塔单独读取所有者（getOwner），并按您本人的权限判断能否编辑，因此两种结果都可以。',
  ),
  canEdit: t('You may edit the add-on’s cells', '您可以编辑插件的单元格'),
  canEditMeaning: t(
    'Needed to log interactions and schedule the report. Access through a group, your domain or a link counts.',
    '记录互动和定时报告需要此权限。通过群组、网域或链接获得的权限也算。',
  ),
  email: t('Google tells the add-on your email', 'Google 是否提供您的邮箱'),
  emailMeaning: t(
    'Needed to own a schedule. Without it the sidebar still saves, with Logged By left blank.',
    '拥有定时报告需要此项。没有它侧边栏仍可保存，“记录人”留空。',
  ),
  intl: t('Dates with a time zone in Intl (this runtime)', 'Intl 按时区格式化日期（本运行环境）'),
  intlMeaning: t(
    'Compared with Utilities.formatDate in the spreadsheet’s time zone; a difference means dates near midnight could be read as the wrong day.',
    '与按表格时区的 Utilities.formatDate 比较；若不同，午夜附近的日期可能被读成错误的一天。',
  ),
  scopes: t('Permissions you granted', '您授予的权限'),
  scopesMeaning: t(
    'Sending the report needs "send email as you"; scheduling it needs "run when you are not present". Menu items that need a missing one say so and do nothing.',
    '发送报告需要“以您的身份发送电子邮件”；定时需要“在您不在时运行”。缺少时相关菜单会说明并且不做任何操作。',
  ),
  quota: t('Mail you can still send today', '今天还能发送的邮件'),
  quotaMeaning: t(
    'Each recipient counts once per digest; who cannot be sent today gets it on the next run.',
    '每位收件人每份报告计一次；今天发不完的在下次运行时发送。',
  ),
  triggers: t('Your triggers of this project', '您在此项目中的触发器'),
  triggersMeaning: t(
    'Google allows 20 per user per script; the report uses one per spreadsheet.',
    'Google 允许每位用户每个脚本 20 个；报告每个表格使用一个。',
  ),
  yes: t('yes', '是'),
  no: t('no', '否'),
  works: t('works', '可用'),
  refused: t('refused', '被拒绝'),
  same: t('same day', '日期一致'),
  differs: t('differs', '不一致'),
  all: t('all', '全部'),
  missing: t('missing', '缺少'),
};

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Runs every probe; never throws. */
export function checkInstallation(locale: Locale): CheckLine[] {
  const say = (text: LocalizedText): string => localize(text, locale);
  const probe = (what: LocalizedText, meaning: LocalizedText, run: () => string): CheckLine => {
    let result: string;
    try {
      result = run();
    } catch (error) {
      result = `${say(W.refused)}: ${messageOf(error)}`;
    }
    return { what: say(what), result, meaning: say(meaning) };
  };
  const ss = SpreadsheetApp.getActive();
  const sheets = ss.getSheets().map((s) => s.getName());
  const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'!A1`;
  return [
    probe(W.rangeList, W.rangeListMeaning, () => {
      if (sheets.length < 2) return '—';
      ss.getRangeList([quoted(sheets[0]!), quoted(sheets[1]!)]).getRanges();
      return say(W.works);
    }),
    probe(W.editors, W.editorsMeaning, () => {
      const owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
      const editors = ss.getEditors().map((u) => u.getEmail().toLowerCase());
      return owner !== '' && editors.includes(owner) ? say(W.yes) : say(W.no);
    }),
    probe(W.canEdit, W.canEditMeaning, () => (addonCell(ss).canEdit() ? say(W.yes) : say(W.no))),
    probe(W.email, W.emailMeaning, () =>
      Session.getActiveUser().getEmail() !== '' ? say(W.yes) : say(W.no),
    ),
    probe(W.intl, W.intlMeaning, () => {
      const zone = ss.getSpreadsheetTimeZone();
      const now = new Date();
      const intl = dayInZone(now, zone);
      const apps = Utilities.formatDate(now, zone, 'yyyy-MM-dd');
      return `${intl === apps ? say(W.same) : say(W.differs)} (Intl ${intl}, Utilities ${apps}, ${zone})`;
    }),
    probe(W.scopes, W.scopesMeaning, () => {
      const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
      if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED)
        return say(W.all);
      const granted = new Set(
        (info as { getAuthorizedScopes?: () => string[] | null }).getAuthorizedScopes?.() ?? [],
      );
      const missing = [SEND_MAIL, TRIGGERS].filter((s) => !granted.has(s));
      return `${say(W.missing)}: ${missing.map((s) => s.replace(/^.*\/auth\//, '')).join(', ') || '?'}`;
    }),
    probe(W.quota, W.quotaMeaning, () => String(MailApp.getRemainingDailyQuota())),
    probe(W.triggers, W.triggersMeaning, () => `${ScriptApp.getProjectTriggers().length} / 20`),
  ];
}

/** The dialog: one row per probe, every text escaped. */
export function checkInstallationHtml(lines: readonly CheckLine[]): string {
  const rows = lines
    .map(
      (l) =>
        `<tr><th>${escapeHtml(l.what)}</th><td><b>${escapeHtml(l.result)}</b><br><small>${escapeHtml(l.meaning)}</small></td></tr>`,
    )
    .join('');
  return `<style>body{font:13px Arial,sans-serif}th{text-align:left;vertical-align:top;padding:4px 8px 8px 0;width:40%}td{padding:4px 0 8px}small{color:#5f6368}</style><table>${rows}</table>`;
}

/** Menu: Check installation. */
export function showCheckInstallation(): void {
  const locale = userLocale();
  const html = HtmlService.createHtmlOutput(checkInstallationHtml(checkInstallation(locale)))
    .setWidth(520)
    .setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, localize(CHECK_TITLE, locale));
}
