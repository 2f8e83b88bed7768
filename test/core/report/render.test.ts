/**
 * The digest's content in English and Chinese: subject, the pyramid table and its bars, the
 * 80/20 sentence, changes grouped by tier, the watch list, the no-change note, the first
 * report's baseline note, period labels and the spreadsheet link. The HTML and the text part are checked to say the same things.
 */
import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../src/core/report/render';
import type { DigestModel } from '../../../src/core/report/digest-model';
import { barPercent } from '../../../src/core/report/render/html';
import { textBar } from '../../../src/core/report/render/text';
import { BUSY_WEEK, BUSY_WEEK_ZH, FIRST_REPORT, QUIET_WEEK } from './render-fixtures';

/** The HTML's visible text, tags dropped and entities decoded, whitespace collapsed. */
function visible(html: string): string {
  return html
    .replace(/<title>[^<]*<\/title>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The lines of the text part between a heading and the next heading (a line of `=`). */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `section ${heading}`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 2);
  const end = rest.findIndex((l, i) => /^=+$/.test(rest[i + 1] ?? ''));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The width percentages of the coloured bar cells, in table order. */
function barWidths(html: string): number[] {
  return [...html.matchAll(/<td width="(\d+)%"[^>]*background:(#[0-9a-f]{6})/g)]
    .filter((m) => m[2] !== '#f1f3f4')
    .map((m) => Number(m[1]));
}

describe('renderDigest in English', () => {
  const { subject, html, text } = renderDigest(BUSY_WEEK);

  it('has a short plain-text subject with the period and the counts', () => {
    expect(subject).toBe('Customer Pyramid — week of 30 Nov 2026: 4 up, 3 down, 2 new, 3 gone');
    expect(renderDigest(QUIET_WEEK).subject).toBe(
      'Customer Pyramid — week of 30 Nov 2026: no tier changes',
    );
  });

  it('shows the pyramid with tier names, shares, totals and an aligned text table', () => {
    const table = section(text, 'The pyramid now');
    expect(table).toEqual([
      'Tier          Customers  % customers        Revenue  % value',
      '------------------------------------------------------------',
      'A · VIP              10         1.0%  12,040,000.00    30.1%  ▇▇▇▇▇▇',
      'B · Major            40         4.0%   9,830,000.00    24.6%  ▇▇▇▇▇',
      'C · Ordinary        150        15.0%  10,120,000.00    25.3%  ▇▇▇▇▇',
      'D · Small           800        80.0%   8,015,500.50    20.0%  ▇▇▇▇',
      '------------------------------------------------------------',
      'Total             1,000       100.0%  40,005,500.50   100.0%',
      '',
      'The top 20.0% of customers hold 67.8% of revenue (▲ 1.2 points since the last report).',
      '',
    ]);
    const page = visible(html);
    expect(page).toContain('A · VIP 10 1.0% 12,040,000.00 30.1%');
    expect(page).toContain('Total 1,000 100.0% 40,005,500.50 100.0%');
    expect(page).toContain(
      'The top 20.0% of customers hold 67.8% of revenue (▲ 1.2 points since the last report).',
    );
  });

  it('draws each bar as a coloured cell as wide as the tier’s share of value', () => {
    expect(barWidths(html)).toEqual([30, 25, 25, 20]);
    expect(html).toContain('<td width="70%"'); // the empty rest of A's bar
    expect([-0.2, 0, 0.001, 0.004, 0.301, 0.995, 1, 1.2].map(barPercent)).toEqual([
      0, 0, 1, 1, 30, 100, 100, 100,
    ]);
    expect([0, 0.01, 0.301, 1].map(textBar)).toEqual(['', '▇', '▇▇▇▇▇▇', '▇'.repeat(20)]);
    // A zero share draws only the empty cell.
    const zero = renderDigest({
      ...BUSY_WEEK,
      pyramid: BUSY_WEEK.pyramid.map((r) => (r.tier === 'A' ? { ...r, valueShare: 0 } : r)),
    }).html;
    expect(barWidths(zero)).toEqual([25, 25, 20]);
    expect(zero).toContain('<td width="100%"');
  });

  it('groups promotions and demotions by the tier reached, best first, with value and reason', () => {
    expect(section(text, 'Moved up (4)')).toEqual([
      '',
      'A · VIP',
      '  • <b>x</b><img src=x onerror=alert(1)> (C-0037)',
      '    B → A · revenue 1,204,000.00',
      '    revenue 1,204,000 is rank 7 of 1,000; A takes ranks 1–10',
      '',
      'B · Major',
      '  • Golden River Trading (C-0112)',
      '    C → B · revenue 402,500.00',
      '    revenue 402,500 is rank 31 of 1,000; B takes ranks 11–50',
      '  • 华东精密机械有限公司 (C-0420)',
      '    C → B · revenue 388,000.00',
      '    revenue 388,000 is rank 44 of 1,000; B takes ranks 11–50',
      '',
      'C · Ordinary',
      '  • Blue Harbour Foods (C-0733)',
      '    D → C · revenue 61,200.00',
      '    revenue 61,200 is rank 180 of 1,000; C takes ranks 51–200',
      '',
    ]);
    const down = section(text, 'Moved down (3)').join('\n');
    expect(down.indexOf('B · Major')).toBeLessThan(down.indexOf('Northwind'));
    expect(down.indexOf('Northwind')).toBeLessThan(down.indexOf('C · Ordinary'));
    expect(down.indexOf('C · Ordinary')).toBeLessThan(down.indexOf('Sunrise'));
    expect(down.indexOf('D · Small')).toBeLessThan(down.indexOf('Old Mill'));
    // Gone customers are grouped by the tier they left: B before C before D.
    const gone = section(text, 'Gone customers (3)').join('\n');
    expect(gone.indexOf('Silver Line')).toBeLessThan(gone.indexOf('Westfield'));
    expect(gone.indexOf('Westfield')).toBeLessThan(gone.indexOf('Closed Corner'));
    expect(section(text, 'New customers (2)')).toContain('    revenue 75,000.00');
    expect(visible(html)).toContain('Golden River Trading C-0112 C → B · revenue 402,500.00');
  });

  it('orders moves down by how far they fell, A → D first, so a capped list still shows them', () => {
    const fall = (i: number, from: 'A' | 'B', to: 'B' | 'C' | 'D', value: number) => ({
      customerId: `C-${i}`,
      name: `Customer ${i}`,
      tier: to,
      from,
      to,
      value,
      reason: '',
    });
    const demotions = [
      ...Array.from({ length: 30 }, (_, i) => fall(i, 'A', 'B', 900_000 - i)),
      fall(100, 'B', 'D', 1_000),
      fall(101, 'A', 'D', 2_000),
      fall(102, 'A', 'C', 50_000),
    ];
    const down = section(renderDigest({ ...BUSY_WEEK, demotions }).text, 'Moved down (33)');
    expect(down.filter((l) => l && !l.startsWith(' '))).toEqual([
      'A · VIP → D · Small',
      'A · VIP → C · Ordinary',
      'B · Major → D · Small',
      'A · VIP → B · Major',
      '…and 23 more in the Tier History sheet.',
    ]);
    // Within a move, the largest value first.
    expect(down.indexOf('  • Customer 0 (C-0)')).toBeLessThan(down.indexOf('  • Customer 1 (C-1)'));
  });

  it('lists every watch section with its facts', () => {
    const watch = section(text, 'Needs attention').join('\n');
    for (const line of [
      'A/B accounts with fewer than two owners on our side (2)',
      '    owner: ann@example.com',
      '    no owner',
      '    last contact 1 Oct 2026, 62 days ago (limit 30 days)',
      '    never contacted (limit 60 days)',
      '    due 20 Nov 2026, 12 days overdue',
      '    Next step: Send the <revised> quote & samples',
      '    Zhao Min (Coach) — 5 Dec 2026, in 3 days',
      '    Maria Lopez — 3 Dec 2026, tomorrow',
      '    revenue 240,000.00 → 190,300.00 (−20.7%)',
    ]) {
      expect(watch).toContain(line);
    }
    expect(watch).not.toContain('Nothing needs attention');
    expect(visible(html)).toContain('Next step: Send the <revised> quote & samples');
  });

  it('links to the spreadsheet, and only with an http(s) address', () => {
    expect(html).toContain('<a href="https://docs.google.com/spreadsheets/d/1AbC-xyz_123/edit"');
    expect(text).toContain(
      'Open the spreadsheet: https://docs.google.com/spreadsheets/d/1AbC-xyz_123/edit',
    );
    const bad = renderDigest({ ...BUSY_WEEK, spreadsheetUrl: 'javascript:alert(1)' }).html;
    expect(bad).not.toContain('<a ');
    expect(bad).toContain('javascript:alert(1)'); // shown, not clickable
  });

  it('is plain inline-styled HTML: no style sheet, script, image or external resource', () => {
    expect(html).not.toMatch(/<(style|script|img|link|iframe|object)\b/i);
    expect(html).not.toMatch(/\bclass=/);
    const urls = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls).toEqual([BUSY_WEEK.spreadsheetUrl]);
    expect(html).toContain('max-width:600px');
  });
});

describe('renderDigest in Chinese', () => {
  const { subject, html, text } = renderDigest(BUSY_WEEK_ZH);

  it('uses Chinese labels, tier names, dates and punctuation', () => {
    expect(subject).toBe('客户金字塔 — 2026年11月30日当周：升级 4，降级 3，新增 2，流失 3');
    expect(section(text, '当前客户金字塔').slice(0, 8)).toEqual([
      '层级          客户数  客户占比    销售收入  价值占比',
      '----------------------------------------------------',
      'A · VIP客户       10      1.0%  1,204.00万     30.1%  ▇▇▇▇▇▇',
      'B · 主要客户      40      4.0%    983.00万     24.6%  ▇▇▇▇▇',
      'C · 普通客户     150     15.0%  1,012.00万     25.3%  ▇▇▇▇▇',
      'D · 小客户       800     80.0%    801.55万     20.0%  ▇▇▇▇',
      '----------------------------------------------------',
      '合计           1,000    100.0%  4,000.55万    100.0%',
    ]);
    for (const phrase of [
      '前 20.0% 的客户贡献了 67.8% 的销售收入（比上次报告 ▲ 1.2 个百分点）。',
      '升级（4）',
      '降级（3）',
      '新客户（2）',
      '流失客户（3）',
      '需要关注',
      '负责人：ann@example.com',
      '最近联系 2026年10月1日，已 62 天（上限 30 天）',
      '应于 2026年11月20日 跟进，已逾期 12 天',
      'Zhao Min (教练) — 2026年12月5日，3 天后',
    ]) {
      expect(text).toContain(phrase);
      expect(visible(html)).toContain(phrase);
    }
    expect(text).toContain(`打开表格：${BUSY_WEEK.spreadsheetUrl}`);
    expect(visible(html)).toContain('打开表格');
    expect(html).toContain('<html lang="zh-CN">');
    expect(text).not.toMatch(/Moved|Needs attention|Total/);
  });

  it('says "no tier changes" and "nothing needs attention" in Chinese', () => {
    const quiet = renderDigest({ ...QUIET_WEEK, locale: 'zh' });
    expect(quiet.subject).toBe('客户金字塔 — 2026年11月30日当周：层级无变化');
    expect(quiet.text).toContain('本期没有层级变化。');
    expect(quiet.text).toContain('没有需要关注的事项。');
    expect(quiet.text).toContain('前 20.0% 的客户贡献了 67.8% 的销售收入（与上次报告持平）。');
  });

  it('says the first report is the baseline, not "no tier changes", in Chinese', () => {
    const first = renderDigest({ ...FIRST_REPORT, locale: 'zh' });
    expect(first.subject).toBe('客户金字塔 — 2026年11月30日当周：首次报告（基准）');
    const note =
      '首次报告：1,000 位客户的当前层级已记为基准；从下一份报告起，您将看到哪些客户升级或降级。';
    expect(first.text).toContain(note);
    expect(visible(first.html)).toContain(note);
    expect(first.text + first.subject).not.toMatch(/层级无变化|本期没有层级变化/);
    expect(first.text).toContain('前 20.0% 的客户贡献了 67.8% 的销售收入。');
  });
});

describe('the no-change note and empty sections', () => {
  it('shows the note only when nothing changed and the setting allows it', () => {
    const note = 'No tier changes this period.';
    expect(renderDigest(QUIET_WEEK).text).toContain(note);
    expect(visible(renderDigest(QUIET_WEEK).html)).toContain(note);
    expect(renderDigest({ ...QUIET_WEEK, showNoChangeNote: false }).text).not.toContain(note);
    expect(renderDigest(BUSY_WEEK).text).not.toContain(note);
    // One gone customer is a change: no note.
    const oneGone = { ...QUIET_WEEK, goneCustomers: BUSY_WEEK.goneCustomers.slice(0, 1) };
    expect(renderDigest(oneGone).text).not.toContain(note);
  });

  it('sums the changes up under the title, and says nothing there when none', () => {
    expect(renderDigest(BUSY_WEEK).text.split('\n').slice(0, 3)).toEqual([
      'Customer Pyramid',
      'Tier changes — week of 30 Nov 2026',
      '4 up, 3 down, 2 new, 3 gone',
    ]);
    const quiet = renderDigest(QUIET_WEEK).text.split('\n');
    expect(quiet[2]).toBe('Spreadsheet: Key accounts 2026 & "east" <region>');
    expect(visible(renderDigest(QUIET_WEEK).html)).not.toMatch(/no tier changes/);
  });

  it('leaves out empty sections and says when nothing needs attention', () => {
    const quiet = renderDigest(QUIET_WEEK);
    for (const heading of [
      'Moved up',
      'Moved down',
      'New customers',
      'Gone customers',
      'fewer than two owners',
      'Overdue',
    ]) {
      expect(quiet.text).not.toContain(heading);
      expect(quiet.html).not.toContain(heading);
    }
    expect(quiet.text).toContain('Nothing needs attention.');
    const oneList: DigestModel = {
      ...QUIET_WEEK,
      watch: { ...QUIET_WEEK.watch, overdueFollowUps: BUSY_WEEK.watch.overdueFollowUps },
    };
    const one = renderDigest(oneList).text;
    expect(one).toContain('Overdue follow-ups (1)');
    expect(one).not.toMatch(
      /fewer than two owners|not contacted|Important dates|value fell|Nothing needs/,
    );
  });

  it('shows no 80/20 change on the first report and "unchanged" when equal', () => {
    expect(renderDigest(FIRST_REPORT).text).toContain('hold 67.8% of revenue.\n');
    const same = {
      ...BUSY_WEEK,
      pareto: { topShare: 0.2, valueShare: 0.678, previousValueShare: 0.6781 },
    };
    expect(renderDigest(same).text).toContain('(unchanged since the last report)');
    const down = {
      ...BUSY_WEEK,
      pareto: { topShare: 0.2, valueShare: 0.65, previousValueShare: 0.678 },
    };
    expect(renderDigest(down).text).toContain('(▼ 2.8 points since the last report)');
  });
});

describe('the first report (a baseline)', () => {
  const first = renderDigest(FIRST_REPORT);
  const note =
    'First report: the tiers of 1,000 customers are now the baseline; from the next report on you will see who moved up or down.';

  it('says the tiers are now the baseline, in the subject and as the note', () => {
    expect(first.subject).toBe('Customer Pyramid — week of 30 Nov 2026: baseline');
    expect(first.text).toContain(note);
    expect(visible(first.html)).toContain(note);
    expect(first.subject + first.text + visible(first.html)).not.toMatch(/no tier changes/i);
    // Still the pyramid now and the watch list.
    expect(first.text).toContain('The pyramid now');
    expect(first.text).toContain('Nothing needs attention.');
  });

  it('says so whatever the no-change setting, and a later quiet week still says "no tier changes"', () => {
    expect(renderDigest({ ...FIRST_REPORT, showNoChangeNote: true }).text).toContain(note);
    expect(renderDigest({ ...FIRST_REPORT, showNoChangeNote: true }).text).not.toContain(
      'No tier changes this period.',
    );
    const quiet = renderDigest(QUIET_WEEK);
    expect(quiet.subject).toBe('Customer Pyramid — week of 30 Nov 2026: no tier changes');
    expect(quiet.text).toContain('No tier changes this period.');
    expect(quiet.text).not.toContain('baseline');
    expect(quiet.text).toContain('hold 67.8% of revenue (unchanged since the last report).');
  });

  it('lists changes as usual when a baseline run has some to report', () => {
    const withChanges = renderDigest({ ...FIRST_REPORT, promotions: BUSY_WEEK.promotions });
    expect(withChanges.subject).toBe('Customer Pyramid — week of 30 Nov 2026: 4 up, 0 down');
    expect(withChanges.text).toContain('Moved up (4)');
    expect(withChanges.text).not.toContain(note);
  });
});

describe('period labels', () => {
  const at = (
    frequency: DigestModel['period']['frequency'],
    locale: DigestModel['locale'],
  ): string =>
    renderDigest({
      ...QUIET_WEEK,
      locale,
      period: { key: 'k', frequency, start: '2026-11-01', end: '2026-11-30' },
    }).subject;

  it('names daily, weekly and monthly periods in both languages', () => {
    expect(at('daily', 'en')).toContain('— 1 Nov 2026:');
    expect(at('weekly', 'en')).toContain('— week of 1 Nov 2026:');
    expect(at('monthly', 'en')).toContain('— November 2026:');
    expect(at('daily', 'zh')).toContain('— 2026年11月1日：');
    expect(at('weekly', 'zh')).toContain('— 2026年11月1日当周：');
    expect(at('monthly', 'zh')).toContain('— 2026年11月：');
  });

  it('uses the profit wording when the value basis is profit', () => {
    const { text } = renderDigest({ ...BUSY_WEEK, valueBasis: 'profit' });
    expect(text).toContain('  Profit  % value');
    expect(text).toContain('hold 67.8% of profit');
    expect(text).toContain('B → A · profit 1,204,000');
  });
});

describe('long lists', () => {
  /** `n` promotions into `to`, values 1..n, and `n` of every watch list. */
  function busy(n: number): DigestModel {
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    const promo = BUSY_WEEK.promotions[1]!;
    const w = BUSY_WEEK.watch;
    return {
      ...BUSY_WEEK,
      promotions: ids.map((i) => ({
        ...promo,
        customerId: `P-${i}`,
        name: `Promoted ${i}`,
        from: i % 2 ? 'C' : 'D',
        to: i % 2 ? 'B' : 'C',
        value: i * 1000,
      })),
      demotions: ids.map((i) => ({ ...BUSY_WEEK.demotions[0]!, customerId: `D-${i}` })),
      newCustomers: ids.map((i) => ({ ...BUSY_WEEK.newCustomers[0]!, customerId: `N-${i}` })),
      goneCustomers: ids.map((i) => ({ ...BUSY_WEEK.goneCustomers[0]!, customerId: `G-${i}` })),
      watch: {
        singleOwner: ids.map(() => w.singleOwner[0]!),
        notContacted: ids.map(() => w.notContacted[0]!),
        overdueFollowUps: ids.map(() => w.overdueFollowUps[0]!),
        importantDates: ids.map(() => w.importantDates[0]!),
        bValueFell: ids.map(() => w.bValueFell[0]!),
      },
    };
  }

  it('shows the ten largest changes per section, better tier first, and counts the rest', () => {
    const { text } = renderDigest(busy(500));
    const up = section(text, 'Moved up (500)');
    const shown = up.filter((l) => l.startsWith('  • ')).map((l) => l.slice(4));
    // B before C; within a tier the largest value first.
    expect(shown).toEqual(
      [499, 497, 495, 493, 491, 489, 487, 485, 483, 481].map((i) => `Promoted ${i} (P-${i})`),
    );
    expect(up).toContain('…and 490 more in the Tier History sheet.');
    expect(up).not.toContain('C · Ordinary'); // no heading for a group with nothing shown
    expect(text).toContain('Overdue follow-ups (500)');
    expect(text).toContain('…and 490 more in the spreadsheet.');
  });

  it('stays under Gmail’s 102 KB clipping size however many changes there are', () => {
    const { html } = renderDigest(busy(5000));
    expect(Buffer.byteLength(html)).toBeLessThan(102_000);
    expect(renderDigest({ ...busy(5000), locale: 'zh' }).text).toContain(
      '……另有 4,990 位，见表格。',
    );
  });
});
