/**
 * The digest of a baseline run, through the built bundle: the first report (and the first
 * after the hidden Tier State sheet is lost) says the tiers are now the baseline — in English
 * and Chinese — rather than "no tier changes"; a later quiet week still says "no tier changes".
 */
import { describe, expect, it } from 'vitest';
import type { ReportSchedule } from '../../../src/core/report/schedule';
import { digests, jobRuntime, RECIPIENTS, runTrigger, saveSchedule } from './job-support';

const WEEK = 7 * 24 * 3_600_000;

const WORDS = {
  en: {
    baselineSubject: /: baseline$/,
    baselineNote:
      'First report: the tiers of 100 customers are now the baseline; from the next report on you will see who moved up or down.',
    quietSubject: /: no tier changes$/,
    quietNote: 'No tier changes this period.',
  },
  zh: {
    baselineSubject: /：首次报告（基准）$/,
    baselineNote:
      '首次报告：100 位客户的当前层级已记为基准；从下一份报告起，您将看到哪些客户升级或降级。',
    quietSubject: /：层级无变化$/,
    quietNote: '本期没有层级变化。',
  },
} as const;

describe.each(['en', 'zh'] as const)('report job: the baseline digest (%s)', (language) => {
  const words = WORDS[language];

  /** The digests the last run sent, one per recipient. */
  function weekly(rt: ReturnType<typeof jobRuntime>): ReturnType<typeof digests> {
    const before = digests(rt).length;
    const run = runTrigger(rt);
    expect(run.ok, run.error?.message).toBe(true);
    const sent = digests(rt).slice(before);
    expect(sent).toHaveLength(RECIPIENTS.length);
    return sent;
  }

  it('the first report says the tiers are the baseline; a quiet week says "no tier changes"', () => {
    const rt = jobRuntime();
    saveSchedule(rt, { language } satisfies Partial<ReportSchedule>);
    for (const mail of weekly(rt)) {
      expect(mail.subject).toMatch(words.baselineSubject);
      expect(mail.body).toContain(words.baselineNote);
      expect(mail.htmlBody).toContain(words.baselineNote);
      expect(`${mail.subject}\n${mail.body}`).not.toContain(words.quietNote);
      expect(mail.subject).not.toMatch(words.quietSubject);
    }

    rt.clock.advance(WEEK);
    for (const mail of weekly(rt)) {
      expect(mail.subject).toMatch(words.quietSubject);
      expect(mail.body).toContain(words.quietNote);
      expect(mail.body).not.toContain(words.baselineNote);
    }

    // The hidden state is lost: the next report is a baseline again, and says so.
    rt.workbook.setValues('Tier State', [['']]);
    rt.clock.advance(WEEK);
    for (const mail of weekly(rt)) {
      expect(mail.subject).toMatch(words.baselineSubject);
      expect(mail.body).toContain(words.baselineNote);
    }
  });
});
