import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuHandler, readBundleManifest } from '../../src/local/cli/bundle-manifest';
import { generateDemoBook } from '../../src/local/demo/demo-book';
import { columnLetter, readXlsx, writeXlsx, type WorkbookData } from '../../src/local/workbook-io';

const repoRoot = resolve(import.meta.dirname, '../..');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const main = join(repoRoot, 'src/local/cli/main.ts');

function runCli(args: string[], env: Record<string, string> = {}) {
  const { CI: _ci, ...rest } = process.env;
  return spawnSync(tsx, [main, ...args], {
    cwd: repoRoot,
    env: { ...rest, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm start (src/local/cli/main.ts)', () => {
  it('runs the demo book with --no-serve, exits 0 and writes the workbook and the mail', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-start-'));
    const result = runCli(['--no-serve', '--out', out, '--seed', '3']);
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    const xlsx = join(out, 'demo-seed-3.xlsx');
    expect(statSync(xlsx).size).toBeGreaterThan(10_000);
    const book = await readXlsx(xlsx);
    const customers = book.sheets.find((s) => s.name === 'Customers')!;
    expect(customers.values.length).toBe(1001);
    // Set up sheets and Recalculate tiers ran through the bundle: the add-on's Tier column is
    // there with the default 1 / 4 / 15 / 80 % split of 1,000 customers.
    expect(result.stdout).not.toMatch(/failed/);
    const tierColumn = customers.values[0]!.indexOf('Tier');
    expect(tierColumn).toBeGreaterThan(0);
    const tiers = customers.values.slice(1).map((row) => row[tierColumn]);
    expect(['A', 'B', 'C', 'D'].map((t) => tiers.filter((x) => x === t).length)).toEqual([
      10, 40, 150, 800,
    ]);
    expect(result.stdout).toMatch(/80\/20: the top 20\.0% of customers \(200\) hold \d+\.\d%/);
    expect(result.stdout).toMatch(/Tier changes 2026-Q2 → 2026-Q3 \(\d+ customers moved\)/);
    expect(result.stdout).toMatch(/Steps 1-4: .* s wall, .*peak memory \d+ MB RSS/);
    // Mail is expected exactly when the built add-on has "Send report now" in its menu.
    const manifest = readBundleManifest(join(repoRoot, 'dist/Code.js'));
    const hasReport = menuHandler(manifest, /send report now/i) !== undefined;
    const mail = existsSync(join(out, 'mail')) ? readdirSync(join(out, 'mail')) : [];
    if (hasReport) {
      expect(mail.filter((f) => f.endsWith('.eml')).length).toBeGreaterThan(0);
      expect(mail.filter((f) => f.endsWith('.html')).length).toBe(mail.length / 2);
    } else {
      expect(result.stdout).toMatch(/note: .*Send report now/);
      expect(mail).toEqual([]);
    }
  });

  it('runs on a user xlsx without changing it, writing the result beside it under another name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-start-own-'));
    const input = join(dir, 'our-customers.xlsx');
    await writeXlsx(generateDemoBook({ seed: 5, customers: 60 }), input);
    const before = createHash('sha256').update(readFileSync(input)).digest('hex');
    const stamp = statSync(input).mtimeMs;
    const result = runCli(['--no-serve', '--workbook', input, '--out', dir]);
    expect(result.status).toBe(0);
    expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);
    expect(statSync(input).mtimeMs).toBe(stamp);
    const output = await readXlsx(join(dir, 'our-customers-customer-pyramid.xlsx'));
    expect(output.sheets.find((s) => s.name === 'Customers')!.values.length).toBe(61);
  });

  it('with CI=true does not serve: it exits 0 by itself', () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-start-ci-'));
    const result = runCli(['--out', out, '--customers', '50', '--port', '0'], { CI: 'true' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Sidebar not served/);
  });

  it('refuses a CSV with text in a number column, naming row and column, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-start-bad-'));
    const csv = join(dir, 'customers.csv');
    writeFileSync(csv, 'Customer ID,Name,Revenue\nC1,Acme,100\nC2,Beta,lots\n');
    const out = join(dir, 'out');
    const result = runCli(['--no-serve', '--out', out, '--workbook', csv]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${csv} (row 3, column C "Revenue"): expected a number, got "lots"`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

/** A small demo book as a user's xlsx, after `edit` changed it; returns its path and folder. */
async function userXlsx(edit: (book: WorkbookData) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'cp-start-input-'));
  const book = generateDemoBook({ seed: 2, customers: 40 });
  // A user's own workbook has no revenue per period: it is run as it is.
  book.sheets = book.sheets.filter((s) => s.name !== 'Revenue by Period');
  edit(book);
  const file = join(dir, 'book.xlsx');
  await writeXlsx(book, file);
  return { file, dir, out: join(dir, 'out') };
}

const customersOf = (book: WorkbookData) => book.sheets.find((s) => s.name === 'Customers')!;

describe('npm start refuses what the add-on would refuse, the same way for every input', () => {
  it('a bad cell in an xlsx: names the cell, exits 1 and writes nothing (as for a csv)', async () => {
    let a1 = '';
    const input = await userXlsx((book) => {
      const values = customersOf(book).values;
      const column = values[0]!.indexOf('Revenue');
      values[11]![column] = 'TBD';
      a1 = `${columnLetter(column + 1)}12`;
    });
    const result = runCli(['--no-serve', '--workbook', input.file, '--out', input.out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Customers!${a1}: expected a number, got "TBD"`);
    expect(result.stdout).not.toMatch(/Set up sheets →/);
    expect(existsSync(input.out)).toBe(false);
  });

  it('finds columns as the add-on does: "customer id" and "REVENUE" headers give the pyramid', async () => {
    const input = await userXlsx((book) => {
      const header = customersOf(book).values[0]!;
      header[header.indexOf('Customer ID')] = 'customer id';
      header[header.indexOf('Revenue')] = 'REVENUE';
    });
    const result = runCli(['--no-serve', '--workbook', input.file, '--out', input.out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/no pyramid to print/);
    expect(result.stdout).toMatch(/total\s+40\s/);
  });

  it('a book without a Customers sheet: names the sheets found and the likeliest, offers --sheet', async () => {
    const input = await userXlsx((book) => {
      customersOf(book).name = '客户';
      book.sheets.push({ name: 'Notes', values: [['anything']] });
    });
    const refused = runCli(['--no-serve', '--workbook', input.file, '--out', input.out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('no sheet is named "Customers"');
    expect(refused.stderr).toContain('"客户", "Contacts", "Interactions", "Notes"');
    expect(refused.stderr).toContain('run again with --sheet "客户"');
    expect(existsSync(input.out)).toBe(false);
    const chosen = runCli([
      '--no-serve',
      '--workbook',
      input.file,
      '--out',
      input.out,
      '--sheet',
      '客户',
    ]);
    expect(chosen.status, chosen.stderr).toBe(0);
    expect(chosen.stdout).toMatch(/total\s+40\s/);
  });

  it('duplicate headers: stops at the refusal, names both cells, exits 1, writes nothing', async () => {
    const input = await userXlsx((book) => {
      const values = customersOf(book).values;
      values.forEach((row, r) => row.push(r === 0 ? 'revenue' : 1));
    });
    const result = runCli(['--no-serve', '--workbook', input.file, '--out', input.out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Customers: the column "Revenue" appears more than once in the header row \([A-Z]+1, [A-Z]+1\)/,
    );
    expect(result.stdout + result.stderr).not.toMatch(/does not exist|The pyramid/);
    expect(existsSync(input.out)).toBe(false);
  });

  it("out/mail holds the last run's mail only, as many files as it says", () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-start-mail-'));
    const runs = [1, 2].map((seed) =>
      runCli(['--no-serve', '--out', out, '--customers', '50', '--seed', String(seed)]),
    );
    for (const run of runs) expect(run.status).toBe(0);
    const said = Number(/(\d+) files in /.exec(runs[1]!.stdout)?.[1]);
    expect(said).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'mail'))).toHaveLength(said);
  });
});
