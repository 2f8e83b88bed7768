/**
 * The local google.script.run bridge, driven from Chromium: the shim's Apps Script semantics
 * (handlers, user object, any name, JSON-only arguments, failures) over a real LocalAppsScript
 * running a tiny bundle, and the server refusing calls from other origins.
 */
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startSidebarServer, type SidebarServer } from '../../src/local/page-server';
import { RUN_PATH } from '../../src/local/google-script-shim';
import { runtimeWith } from '../local/runtime/support';
import { launchChromium, missingBrowserReason } from './support/browser';

/** google.script.run as the page sees it. */
interface Run {
  withSuccessHandler(handler: (value: unknown, user: unknown) => void): Run;
  withFailureHandler(handler: (error: Error, user: unknown) => void): Run;
  withUserObject(user: unknown): Run;
  whoAmI(): void;
}
type PageWindow = { google: { script: { run: Run } } };
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUNDLE = `
function whoAmI() { return Session.getActiveUser().getEmail(); }
function echo(a, b) { return { a: a, b: b }; }
function boom() { throw new Error('It broke'); }
function private_() { return 'secret'; }
`;

const skip = missingBrowserReason() !== null;

describe.skipIf(skip)('local sidebar server (google.script.run bridge)', () => {
  let browser: Browser;
  let server: SidebarServer;
  let page: Page;

  beforeAll(async () => {
    const runtime = runtimeWith(BUNDLE, {
      users: [
        { email: 'owner@example.com', role: 'owner' },
        { email: 'ann@example.com', role: 'editor' },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'sidebar-page-'));
    const htmlPath = join(dir, 'Sidebar.html');
    writeFileSync(
      htmlPath,
      '<!doctype html><html><head><title>t</title></head><body>page</body></html>',
    );
    server = await startSidebarServer({ runtime, user: 'ann@example.com', htmlPath });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Calls google.script.run in the page and reports which handler fired with what. */
  function call(fn: string, args: string, userObject = 'undefined') {
    return page.evaluate(
      ([fn, args, userObject]) =>
        new Promise((resolve) => {
          const run = (window as unknown as PageWindow).google.script.run;
          const runner = run
            .withSuccessHandler((value: unknown, user: unknown) =>
              resolve({ success: value, user }),
            )
            .withFailureHandler((error: Error, user: unknown) =>
              resolve({ failure: error instanceof Error ? error.message : String(error), user }),
            )
            .withUserObject(eval(`(${userObject})`));
          const server = runner as unknown as Record<string, (...a: unknown[]) => void>;
          server[fn]!(...(eval(`[${args}]`) as unknown[]));
        }),
      [fn, args, userObject] as const,
    );
  }

  it('runs any server function as the sidebar user and passes the user object back', async () => {
    expect(await call('whoAmI', '', '"row-7"')).toEqual({
      success: 'ann@example.com',
      user: 'row-7',
    });
    expect(await call('echo', '1, { x: [true, null, "s"] }')).toEqual({
      success: { a: 1, b: { x: [true, null, 's'] } },
    });
  });

  it('is asynchronous: handlers never run before the call returns', async () => {
    const order = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          const run = (window as unknown as PageWindow).google.script.run;
          run.withSuccessHandler(() => resolve([...seen, 'handler'])).whoAmI();
          seen.push('after call');
        }),
    );
    expect(order).toEqual(['after call', 'handler']);
  });

  it('gives failures to the failure handler: a thrown error, a missing or private function, a Date', async () => {
    expect(await call('boom', '')).toEqual({ failure: 'It broke' });
    expect(await call('nope', '')).toEqual({ failure: 'Script function not found: nope' });
    expect(await call('private_', '')).toEqual({ failure: 'Script function not found: private_' });
    expect(await call('echo', 'new Date(), 1')).toMatchObject({
      failure: expect.stringMatching(/illegal value/),
    });
  });

  it('refuses calls from another origin or without a JSON body', async () => {
    const fromElsewhere = await fetch(new URL(RUN_PATH, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: JSON.stringify({ fn: 'whoAmI', args: [] }),
    });
    expect(fromElsewhere.status).toBe(403);
    const formPost = await fetch(new URL(RUN_PATH, server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ fn: 'whoAmI', args: [] }),
    });
    expect(formPost.status).toBe(403);
    // A DNS-rebound name reaches 127.0.0.1 with a foreign Host header.
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL(RUN_PATH, server.url);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { Host: `evil.example:${url.port}`, 'Content-Type': 'application/json' },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end(JSON.stringify({ fn: 'whoAmI', args: [] }));
    });
    expect(rebound).toBe(403);
  });
});
