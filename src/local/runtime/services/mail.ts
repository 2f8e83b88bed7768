/** MailApp: an outbox and a daily recipient quota on the simulated clock. */
import { scope, ServiceObject, type Like, type ServiceContext } from './service-object';
import type { SentMail } from '../types';

export const MAX_RECIPIENTS_PER_MESSAGE = 50;

/**
 * The outbox and the daily recipient quota. One quota pool serves every execution and every
 * user of the runtime; it refills when the simulated clock reaches a new UTC day.
 */
export class MailState {
  readonly outbox: SentMail[] = [];
  private used = 0;
  private day = '';
  constructor(
    public dailyQuota: number,
    private readonly today: () => string,
  ) {}
  private _roll(): void {
    const d = this.today();
    if (d !== this.day) {
      this.day = d;
      this.used = 0;
    }
  }
  remaining(): number {
    this._roll();
    return Math.max(0, this.dailyQuota - this.used);
  }
  setRemaining(n: number): void {
    this._roll();
    this.used = this.dailyQuota - n;
  }
  spend(n: number): void {
    this._roll();
    this.used += n;
  }
}

const list = (v: unknown): string[] =>
  v === undefined || v === null || v === ''
    ? []
    : String(v)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

interface MailOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  noReply?: boolean;
}

export class MailAppImpl
  extends ServiceObject
  implements Like<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'>
{
  static override needsAuth = ['sendEmail', 'getRemainingDailyQuota'];
  static override needsFullAuth = ['sendEmail', 'getRemainingDailyQuota'];
  /** mail-app#sendEmail(Object), mail-app#getRemainingDailyQuota(): "Authorization: script.send_mail". */
  static override scopes = { '*': scope('script.send_mail') };
  readonly typeName = 'MailApp';
  readonly service = 'mail' as const;
  constructor(
    host: ServiceContext,
    private readonly mail: MailState,
  ) {
    super(host);
  }

  /** sendEmail(recipient, subject, body, options?) | sendEmail(message). */
  sendEmail(a: string | MailOptions, subject?: string, body?: string, options?: MailOptions): void {
    const m: MailOptions =
      typeof a === 'object' && a !== null ? { ...a } : { ...(options ?? {}), to: a, subject, body };
    const to = list(m.to);
    const cc = list(m.cc);
    const bcc = list(m.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if (m.subject === undefined)
      throw new Error("The parameters don't match the method signature for MailApp.sendEmail.");
    if (count > MAX_RECIPIENTS_PER_MESSAGE)
      throw new Error('Limit Exceeded: Email Recipients Per Message.');
    const mail = this.mail;
    if (mail.remaining() < count)
      throw new Error('Service invoked too many times for one day: email.');
    mail.spend(count);
    const sent: SentMail = {
      from: this.host.exec.effectiveUser.email,
      to,
      cc,
      bcc,
      subject: String(m.subject),
      body: String(m.body ?? ''),
      sentAt: new Date(this.host.nowMs()),
    };
    if (m.htmlBody !== undefined) sent.htmlBody = String(m.htmlBody);
    if (m.name !== undefined) sent.name = String(m.name);
    if (m.replyTo !== undefined) sent.replyTo = String(m.replyTo);
    if (m.noReply !== undefined) sent.noReply = !!m.noReply;
    mail.outbox.push(sent);
  }
  getRemainingDailyQuota(): number {
    return this.mail.remaining();
  }
}
