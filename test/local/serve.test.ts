import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectShim } from '../../src/local/sidebar-server';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('npm start serving the sidebar', () => {
  it('prints a URL that answers with the real sidebar page; Ctrl-C saves the book and exits 0', async () => {
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
    const xlsx = join(out, 'demo-seed-1.xlsx');
    const written = statSync(xlsx).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain(`Saved ${xlsx}`);
    expect(statSync(xlsx).mtimeMs).toBeGreaterThan(written);
  });
});
