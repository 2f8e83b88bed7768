/**
 * The movement section and the forecast in both parts and both languages: a real data table
 * (caption, column and row headers, kept tiers shaded) in the HTML, aligned columns in the
 * text, fractional forecasts with one decimal, and on a baseline the reason there is none.
 */
import { describe, expect, it } from 'vitest';
import { digestMigration } from '../../../src/core/report/digest-migration';
import type { DigestModel } from '../../../src/core/report/digest-model';
import { renderDigest } from '../../../src/core/report/render';
import { BUSY_WEEK, BUSY_WEEK_ZH, FIRST_REPORT, HAND_MADE } from './render-fixtures';

/** The lines of the text part from `first` up to the next blank line after `count` lines. */
function linesFrom(text: string, first: string, count: number): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf(first);
  expect(at, first).toBeGreaterThanOrEqual(0);
  return lines.slice(at, at + count);
}

/** The HTML tables that have a caption (the tables of figures). */
function captioned(html: string): string[] {
  return [...html.matchAll(/<table [^>]*><caption[\s\S]*?<\/table>/g)].map((m) => m[0]);
}

// Expected next period: A 0.5, B 2, C 2, D 2; 1.5 gone (see build-digest.test.ts).
const SMALL: DigestModel = {
  ...BUSY_WEEK,
  migration: digestMigration(HAND_MADE.customers, HAND_MADE.changes),
};

describe('the movement section', () => {
  it('prints the migration table and the kept share in the text part, aligned', () => {
    const { text } = renderDigest(BUSY_WEEK);
    expect(text).toContain(
      '991 of 1,001 customers (99.0%) kept their tier; 7 moved to another tier, 3 left and 2 arrived.',
    );
    expect(linesFrom(text, 'From \\ To   A   B    C    D  Gone  Total', 10)).toEqual([
      'From \\ To   A   B    C    D  Gone  Total',
      '----------------------------------------',
      'A           9   1    0    0     0     10',
      'B           1  37    1    0     1     40',
      'C           0   2  147    1     1    151',
      'D           0   0    1  798     1    800',
      'New         0   0    1    1     0      2',
      '----------------------------------------',
      'Total      10  40  150  800     3  1,003',
      '',
    ]);
    // It comes after the pyramid and before the lists of customers.
    const at = (s: string): number => text.indexOf(s);
    expect(at('The pyramid now')).toBeLessThan(at('Movement since the last report'));
    expect(at('The next period’s pyramid (forecast)')).toBeLessThan(at('Moved up (4)'));
  });

  it('prints fractional forecasts with one decimal and the change, and the expected leavers', () => {
    const { text } = renderDigest(SMALL);
    expect(text).toContain(
      '3 of 8 customers (37.5%) kept their tier; 3 moved to another tier, 2 left and 1 arrived.',
    );
    expect(text).toContain('about 1.5 customers would leave.');
    expect(linesFrom(text, 'Tier          Now  Expected  Change', 8)).toEqual([
      'Tier          Now  Expected  Change',
      '-----------------------------------',
      'A · VIP         1       0.5    −0.5',
      'B · Major       2         2       0',
      'C · Ordinary    2         2       0',
      'D · Small       2         2       0',
      '-----------------------------------',
      'Total           7       6.5    −0.5',
    ]);
  });

  it('is a real data table in the HTML: caption, column and row headers, kept tiers shaded', () => {
    const { html } = renderDigest(SMALL);
    const [migration, forecast] = captioned(html);
    expect(captioned(html)).toHaveLength(2);
    expect(migration).not.toContain('role="presentation"');
    expect(migration).toContain(
      '>Customers by tier at the last report (rows) and tier now (columns)</caption>',
    );
    const headers = (scope: string, table: string): string[] =>
      [...table.matchAll(new RegExp(`<th scope="${scope}"[^>]*>([^<]*)</th>`, 'g'))].map(
        (m) => m[1]!,
      );
    expect(headers('col', migration!)).toEqual(['From \\ To', 'A', 'B', 'C', 'D', 'Gone', 'Total']);
    expect(headers('row', migration!)).toEqual(['A', 'B', 'C', 'D', 'New', 'Total']);
    const figures = [...migration!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(figures).toEqual(
      ['1 0 0 0 1 2', '0 1 1 0 0 2', '0 1 0 1 0 2', '0 0 0 1 1 2', '0 0 1 0 0 1', '1 2 2 2 2 9']
        .join(' ')
        .split(' '),
    );
    // The diagonal A→A … D→D, and nothing else, is shaded (bgcolor for Outlook, style for the rest).
    const shaded = [...migration!.matchAll(/<td[^>]*bgcolor="#e8f0fe"[^>]*background:#e8f0fe/g)];
    expect(shaded).toHaveLength(4);
    expect(headers('col', forecast!)).toEqual(['Tier', 'Now', 'Expected', 'Change']);
    expect(headers('row', forecast!)).toEqual([
      'A · VIP',
      'B · Major',
      'C · Ordinary',
      'D · Small',
      'Total',
    ]);
    expect(forecast).toContain('>0.5</td>');
    expect(forecast).toContain('>−0.5</td>');
    // Only table markup inside: every label went through the escaper (no tag of its own).
    expect(new Set([...migration!.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]))).toEqual(
      new Set(['table', 'caption', 'tr', 'th', 'td']),
    );
  });

  it('escapes what it prints', () => {
    // A label is the only text here; one with markup in it must come out as text.
    const { html } = renderDigest({ ...SMALL, spreadsheetName: '<i>' });
    expect(html).not.toContain('<i>');
    const [migration] = captioned(html);
    expect(migration).not.toMatch(/[<>]\s*\\/);
    expect(migration).toContain('From \\ To');
  });

  it('in Chinese', () => {
    const { html, text } = renderDigest(BUSY_WEEK_ZH);
    expect(text).toContain('自上次报告以来的层级迁移');
    expect(text).toContain(
      '1,001 位客户中有 991 位（99.0%）保持原层级；7 位换了层级，3 位流失，2 位新增。',
    );
    expect(linesFrom(text, '从 \\ 到   A   B    C    D  流失   合计', 3)).toEqual([
      '从 \\ 到   A   B    C    D  流失   合计',
      '--------------------------------------',
      'A         9   1    0    0     0     10',
    ]);
    expect(text).toContain('新增      0   0    1    1     0      2');
    expect(text).toContain('下期客户金字塔预测');
    expect(text).toContain('A · VIP客户      10    10     0');
    expect(html).toContain('>按上次报告时的层级（行）和当前层级（列）统计的客户数</caption>');
    expect(html).toContain('<th scope="row" align="left"');
    expect(html).toContain('>流失</th>');
  });

  it('on a baseline shows no table and says why, in both languages', () => {
    for (const [locale, why] of [
      ['en', 'No movement table yet: this report is the baseline'],
      ['zh', '暂无迁移表：本报告是基准'],
    ] as const) {
      const { html, text } = renderDigest({ ...FIRST_REPORT, locale });
      expect(text).toContain(why);
      expect(html).toContain(why);
      expect(captioned(html)).toEqual([]);
      expect(text).not.toMatch(/From \\ To|从 \\ 到/);
    }
  });

  it('adds about 14 KB to the mail (the busiest digest stays near 70 KB, under Gmail’s 102 KB)', () => {
    const withIt = Buffer.byteLength(renderDigest(BUSY_WEEK).html);
    const without = Buffer.byteLength(renderDigest({ ...BUSY_WEEK, migration: null }).html);
    console.log(`digest HTML: ${withIt} bytes with the movement section, ${without} without`);
    expect(withIt - without).toBeLessThan(15_000);
  });
});
