import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_PATH } from '../../src/local/google-script-shim';
import { injectShim } from '../../src/local/page-server';
import { readXlsx } from '../../src/local/workbook-io';

const repoRoot = resolve(import.meta.dirname, '../..');

interface Started {
  readonly pid: number;
  readonly url: string;
  readonly out: string;
  readonly exited: Promise<number | null>;
  output(): string;
}

/**
 * `npm start` as a terminal runs it: in a session and process group of its own (detached is
 * setsid(2)), so that a signal can go to the whole group — npm, the shell and node — as
 * Ctrl-C in a terminal does.
 */
async function npmStart(port = 0): Promise<Started> {
  const out = mkdtempSync(join(tmpdir(), 'cp-serve-'));
  const { CI: _ci, ...env } = process.env;
  const child = spawn(
    'npm',
    ['start', '--silent', '--', '--out', out, '--customers', '60', '--port', String(port)],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = await new Promise<string>((found, fail) => {
    child.stdout.on('data', () => {
      const match = /Sidebar: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) found(match[1]!);
    });
    void exited.then((code) => fail(new Error(`exited ${code} before serving:\n${output}`)));
  });
  return { pid: child.pid!, url, out, exited, output: () => output };
}

async function call(url: string, fn: string, args: unknown[]) {
  const response = await fetch(new URL(RUN_PATH, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(url).origin },
    body: JSON.stringify({ fn, args }),
  });
  return (await response.json()) as { ok: boolean; value?: { ok: boolean; value?: unknown } };
}

async function logInteraction(url: string, summary: string): Promise<void> {
  const logged = await call(url, 'sidebarLogInteraction', [
    {
      requestId: `serve-${Date.now()}`,
      customerId: 'C00001',
      date: '2026-10-01',
      kind: 'visit',
      purpose: 'information',
      summary,
    },
  ]);
  expect(logged.value?.ok).toBe(true);
}

/** Waits until no process of the group is left (an orphaned server would keep it alive). */
async function groupGone(pgid: number, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  process.kill(-pgid, 'SIGKILL');
  return false;
}

async function savedSummaries(out: string): Promise<string[]> {
  const book = await readXlsx(join(out, 'demo-seed-1.xlsx'));
  const interactions = book.sheets.find((sheet) => sheet.name === 'Interactions')!.values;
  return interactions.flat().filter((v): v is string => typeof v === 'string');
}

describe('npm start serving the sidebar', () => {
  it('serves the real built sidebar with the google.script.run bridge', async () => {
    const run = await npmStart();
    const page = await fetch(run.url);
    expect(page.status).toBe(200);
    // The real built page, with only the google.script.run bridge put in front.
    expect(await page.text()).toBe(
      injectShim(readFileSync(join(repoRoot, 'dist/Sidebar.html'), 'utf8')),
    );
    const init = await call(run.url, 'sidebarInit', []);
    expect(init.ok).toBe(true);
    expect((init.value?.value as { customers: unknown[] }).customers).toHaveLength(60);
    process.kill(-run.pid, 'SIGINT');
    await run.exited;
    expect(await groupGone(run.pid)).toBe(true);
  });

  // Each way a terminal stops a program, twice: the group gets the signal right after the
  // page was told "saved"; SIGINT comes twice, as from an impatient Ctrl-C.
  const stops = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  it.each(stops.map((signal, i) => [signal, i]))(
    '%s to the whole process group (run %i) leaves the logged interaction saved and no process behind',
    async (signal, i) => {
      const run = await npmStart();
      const summary = `Logged before ${signal} #${i}`;
      await logInteraction(run.url, summary);
      process.kill(-run.pid, signal);
      if (signal === 'SIGINT') process.kill(-run.pid, signal);
      await run.exited;
      expect(await groupGone(run.pid), run.output()).toBe(true);
      expect(await savedSummaries(run.out)).toContain(summary);
      // The save went through a temporary file renamed into place: none is left behind.
      expect(readdirSync(run.out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('a crash (SIGKILL, no chance to clean up) right after the page heard "saved" loses nothing', async () => {
    const run = await npmStart();
    await logInteraction(run.url, 'Logged before a crash');
    process.kill(-run.pid, 'SIGKILL');
    await run.exited;
    expect(await groupGone(run.pid)).toBe(true);
    expect(await savedSummaries(run.out)).toContain('Logged before a crash');
  });

  it('a taken port: serves on the free port the system picks, and says which, as README says', async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const taken = (busy.address() as AddressInfo).port;
    try {
      const run = await npmStart(taken);
      const port = Number(new URL(run.url).port);
      expect(port).not.toBe(taken);
      expect(run.output()).toContain(
        `port ${taken} is in use: serving on port ${port}, a free port the system picked.`,
      );
      process.kill(-run.pid, 'SIGINT');
      await run.exited;
      expect(await groupGone(run.pid)).toBe(true);
    } finally {
      busy.close();
    }
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('on a free port the system picks, which it');
    expect(readme).not.toContain('next free port');
  });

  it('SIGTERM to npm alone (kill <npm pid>) leaves no orphan server and loses nothing', async () => {
    const run = await npmStart();
    await logInteraction(run.url, 'Logged before kill <npm pid>');
    process.kill(run.pid, 'SIGTERM');
    await run.exited;
    expect(await groupGone(run.pid), run.output()).toBe(true);
    expect(await savedSummaries(run.out)).toContain('Logged before kill <npm pid>');
  });
});
