import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_PATH } from '../../src/local/google-script-shim';
import { injectShim } from '../../src/local/page-server';
import { readXlsx } from '../../src/local/workbook-io';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('npm start serving the sidebar', () => {
  it('prints a URL serving the real sidebar; a logged interaction is in the book Ctrl-C saves', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-serve-'));
    const { CI: _ci, ...env } = process.env;
    const child = spawn(
      join(repoRoot, 'node_modules/.bin/tsx'),
      [join(repoRoot, 'src/local/cli/main.ts'), '--out', out, '--customers', '60', '--port', '0'],
      { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const url = await new Promise<string>((found, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /Sidebar: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (match) found(match[1]!);
      });
      void exited.then((code) =>
        fail(new Error(`exited ${code} before serving:\n${stdout}\n${stderr}`)),
      );
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    // The real built page, with only the google.script.run bridge put in front.
    expect(html).toBe(injectShim(readFileSync(join(repoRoot, 'dist/Sidebar.html'), 'utf8')));
    // The bridge answers google.script.run calls from the same runtime, as the user.
    const call = async (fn: string, args: unknown[]) => {
      const response = await fetch(new URL(RUN_PATH, url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: new URL(url).origin },
        body: JSON.stringify({ fn, args }),
      });
      return (await response.json()) as { ok: boolean; value?: { ok: boolean; value?: unknown } };
    };
    const init = await call('sidebarInit', []);
    expect(init.ok).toBe(true);
    expect((init.value?.value as { customers: unknown[] }).customers).toHaveLength(60);
    const logged = await call('sidebarLogInteraction', [
      {
        requestId: 'serve-test-1',
        customerId: 'C00001',
        date: '2026-10-01',
        kind: 'visit',
        purpose: 'information',
        summary: 'Logged through the local sidebar bridge',
      },
    ]);
    expect(logged.value?.ok).toBe(true);

    const xlsx = join(out, 'demo-seed-1.xlsx');
    const written = statSync(xlsx).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain(`Saved ${xlsx}`);
    expect(statSync(xlsx).mtimeMs).toBeGreaterThan(written);
    // The interaction logged in the sidebar is in the saved workbook.
    const saved = await readXlsx(xlsx);
    const interactions = saved.sheets.find((sheet) => sheet.name === 'Interactions')!.values;
    expect(
      interactions.some((row) => row.includes('Logged through the local sidebar bridge')),
    ).toBe(true);
  });
});
