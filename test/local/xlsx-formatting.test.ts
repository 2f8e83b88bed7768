import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

/** A user's workbook with the formatting people give their sheets. */
async function formattedInput(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const customers = workbook.addWorksheet('Customers', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  customers.columns = [
    { header: 'Customer ID', width: 14 },
    { header: 'Name', width: 36 },
    { header: 'Owners', width: 28 },
    { header: 'Revenue', width: 22 },
    { header: 'Segment', width: 12 },
  ];
  customers.getRow(1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  for (let i = 1; i <= 30; i++) {
    const row = customers.addRow([
      `C${String(i).padStart(3, '0')}`,
      `上海华东精密机械制造有限公司 ${i}`,
      'wang.lei@example.com',
      1_000_000 * i + 0.5,
      i % 2 ? 'retail' : 'wholesale',
    ]);
    row.getCell(4).numFmt = '"¥"#,##0.00';
    row.getCell(5).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"retail,wholesale"'],
    };
  }
  const lookup = workbook.addWorksheet('Lookup', { state: 'hidden' });
  lookup.addRow(['segment', 'discount']);
  const rates = workbook.addWorksheet('Rates');
  rates.addRow(['rate', 0.1]);
  await rates.protect('', { selectLockedCells: true });
  await workbook.xlsx.writeFile(file);
}

describe('npm start keeps the look of the workbook it was given', () => {
  it("the output xlsx has the input widths, fonts, frozen panes, number formats, dropdowns, protection and hidden sheets, plus the add-on's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-format-'));
    const input = join(dir, 'ours.xlsx');
    await formattedInput(input);
    const { CI: _ci, ...env } = process.env;
    const run = spawnSync(
      join(repoRoot, 'node_modules/.bin/tsx'),
      [join(repoRoot, 'src/local/cli/main.ts'), '--no-serve', '--workbook', input, '--out', dir],
      { cwd: repoRoot, env, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);

    const [before, after] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await before.xlsx.readFile(input);
    await after.xlsx.readFile(join(dir, 'ours-customer-pyramid.xlsx'));
    const [inSheet, outSheet] = [before, after].map((b) => b.getWorksheet('Customers')!);
    for (let c = 1; c <= 5; c++)
      expect(outSheet!.getColumn(c).width, `column ${c}`).toBe(inSheet!.getColumn(c).width);
    expect(outSheet!.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FF1F4E79' } });
    expect(outSheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(outSheet!.getCell('D12').numFmt).toBe('"¥"#,##0.00');
    expect(outSheet!.getCell('E7').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"retail,wholesale"'],
    });
    // The add-on's own dropdown on its Tier column, offered in the file too.
    const header = (outSheet!.getRow(1).values as unknown[]).map(String);
    const tier = header.indexOf('Tier');
    expect(tier).toBeGreaterThan(5);
    expect(outSheet!.getRow(2).getCell(tier).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"A,B,C,D"'],
    });
    // Columns the add-on added are wide enough for what they hold.
    expect(outSheet!.getColumn(tier).width).toBeGreaterThanOrEqual(6);
    expect(after.getWorksheet('Lookup')!.state).toBe('hidden');
    expect(after.getWorksheet('Tier State')!.state).toBe('hidden');
    expect(
      (after.getWorksheet('Rates') as unknown as { sheetProtection?: { sheet?: boolean } })
        .sheetProtection?.sheet,
    ).toBe(true);
  });
});
