/**
 * Step 3's output: every email the add-on sent in the local runtime, written to out/mail/ as
 * an .html file (open it in a browser) and an .eml file (open it in a mail program). The .eml
 * is composed by nodemailer: multipart/alternative, UTF-8, encoded headers.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { SentMail as RuntimeMail } from '../runtime';

type SentMail = Pick<RuntimeMail, 'to' | 'subject' | 'body' | 'sentAt'> &
  Partial<Pick<RuntimeMail, 'from' | 'cc' | 'bcc' | 'htmlBody'>>;

function list(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? value.split(',') : [...value])
    .map((a) => a.trim())
    .filter(Boolean);
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w@.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'mail'
  );
}

/** The RFC 5322 text of one message. */
export async function composeEml(mail: SentMail, defaultFrom: string): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  const info = await transport.sendMail({
    from: mail.from || defaultFrom,
    to: list(mail.to),
    cc: list(mail.cc),
    bcc: list(mail.bcc),
    subject: mail.subject,
    text: mail.body ?? '',
    ...(mail.htmlBody ? { html: mail.htmlBody } : {}),
    date: mail.sentAt ?? new Date(),
  });
  return info.message as Buffer;
}

/** The names this module gives its files: NN-subject-recipient.html / .eml. */
const MAIL_FILE = /^\d{2,}-.*\.(html|eml)$/;

/**
 * Writes each message as NN-subject-recipient.html and .eml; returns the files written. The
 * folder holds this run's mail only: files an earlier run wrote there are removed first (other
 * files are left alone).
 */
export async function writeMailFiles(
  outbox: readonly SentMail[],
  dir: string,
  defaultFrom: string,
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (MAIL_FILE.test(name)) rmSync(join(dir, name));
  const written: string[] = [];
  for (const [index, mail] of outbox.entries()) {
    const base = `${String(index + 1).padStart(2, '0')}-${slug(mail.subject)}-${slug(list(mail.to).join('+'))}`;
    const html =
      mail.htmlBody ??
      `<pre>${(mail.body ?? '').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</pre>`;
    writeFileSync(join(dir, `${base}.html`), html);
    writeFileSync(join(dir, `${base}.eml`), await composeEml(mail, defaultFrom));
    written.push(join(dir, `${base}.html`), join(dir, `${base}.eml`));
  }
  return written;
}
