import { describe, expect, it } from 'vitest';
import { runtimeWith, valueOf } from './support';

const BUNDLE = `
function send(to, cc) {
  MailApp.sendEmail(to, 'Subject', 'Body', { htmlBody: '<b>Body</b>', name: 'Pyramid', cc: cc, replyTo: 'r@example.com' });
  return MailApp.getRemainingDailyQuota();
}
function sendObject() {
  MailApp.sendEmail({ to: 'a@example.com,b@example.com', subject: 'S', body: 'B', bcc: 'c@example.com', noReply: true });
  return MailApp.getRemainingDailyQuota();
}
function quota() { return MailApp.getRemainingDailyQuota(); }
`;

describe('MailApp', () => {
  it('the outbox records from (effective user), to, cc, bcc, subject, body, htmlBody and sentAt', () => {
    const rt = runtimeWith(BUNDLE);
    expect(valueOf(rt.run('send', ['x@example.com', 'y@example.com']))).toBe(98);
    expect(rt.mail.outbox[0]).toEqual({
      from: 'owner@example.com',
      to: ['x@example.com'],
      cc: ['y@example.com'],
      bcc: [],
      subject: 'Subject',
      body: 'Body',
      htmlBody: '<b>Body</b>',
      name: 'Pyramid',
      replyTo: 'r@example.com',
      sentAt: new Date('2025-03-03T09:00:00Z'),
    });
  });

  it('sendEmail(message) form; the quota counts every recipient (to + cc + bcc)', () => {
    const rt = runtimeWith(BUNDLE, { mailDailyQuota: 10 });
    expect(valueOf(rt.run('sendObject'))).toBe(7);
    expect(rt.mail.outbox[0]).toMatchObject({
      to: ['a@example.com', 'b@example.com'],
      bcc: ['c@example.com'],
      noReply: true,
    });
  });

  it('throws "Service invoked too many times for one day: email." when the quota is spent, and resets the next day', () => {
    const rt = runtimeWith(BUNDLE);
    rt.mail.setRemaining(1);
    expect(rt.run('send', ['x@example.com', 'y@example.com']).error?.message).toBe(
      'Service invoked too many times for one day: email.',
    );
    expect(rt.mail.outbox).toHaveLength(0);
    rt.clock.set(new Date('2025-03-04T00:00:01Z'));
    expect(valueOf(rt.run('quota'))).toBe(100);
  });

  it('at most 50 recipients per message', () => {
    const rt = runtimeWith(BUNDLE);
    const to = Array.from({ length: 51 }, (_, i) => `p${i}@example.com`).join(',');
    expect(rt.run('send', [to, '']).error?.message).toBe(
      'Limit Exceeded: Email Recipients Per Message.',
    );
  });
});
