/**
 * Opens the built sidebar (dist/Sidebar.html) in Chromium through the local sidebar server,
 * 300 px wide like Google's sidebar, with the offline-unreachable Google stylesheet blocked
 * so a run never waits on the network.
 */
import type { Browser, Page } from 'playwright-core';
import {
  startSidebarServer,
  type BrowserCallable,
  type SidebarServer,
} from '../../../src/local/page-server';

export interface OpenSidebar {
  readonly page: Page;
  readonly server: SidebarServer;
  /** Messages of alert/confirm dialogs and uncaught page errors seen so far. */
  readonly dialogs: string[];
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openSidebar(
  browser: Browser,
  runtime: BrowserCallable,
  user: string,
  options: { readonly height?: number } = {},
): Promise<OpenSidebar> {
  const server = await startSidebarServer({ runtime, user });
  const context = await browser.newContext({
    viewport: { width: 300, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(server.url);
  return {
    page,
    server,
    dialogs,
    pageErrors,
    async close() {
      await context.close();
      await server.close();
    },
  };
}
