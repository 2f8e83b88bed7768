/**
 * Step 5: the real sidebar (dist/Sidebar.html) served from this machine, its google.script.run
 * calls answered by the same runtime. Ctrl-C saves the workbook to out/ and exits.
 */
import { existsSync } from 'node:fs';
import type { LocalAppsScript } from '../runtime';
import type { AddonSession } from './addon-session';

export interface ServeOptions {
  readonly session: AddonSession;
  readonly port: number;
  readonly xlsx: string;
  readonly note: (text: string) => void;
  readonly save: () => Promise<void>;
}

type StartSidebarServer = (options: {
  runtime: LocalAppsScript;
  user: string;
  port?: number;
}) => Promise<{ url: string; close(): Promise<void> | void }>;

/** Serves until Ctrl-C; returns at once (with a note) when there is nothing to serve yet. */
export async function serveSidebar(options: ServeOptions & { user: string }): Promise<void> {
  const serverModule = new URL('../sidebar-server.ts', import.meta.url);
  if (!existsSync(serverModule)) {
    options.note(
      'the sidebar bridge (src/local/sidebar-server.ts) is not on this branch yet: nothing to serve.',
    );
    return;
  }
  const { startSidebarServer } = (await import(serverModule.href)) as {
    startSidebarServer: StartSidebarServer;
  };
  const server = await startSidebarServer({
    runtime: options.session.runtime,
    user: options.user,
    port: options.port,
  });
  console.log(
    `   Sidebar: ${server.url}  (as ${options.user}; Ctrl-C saves ${options.xlsx} and exits)`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => {
      void (async () => {
        await server.close();
        await options.save();
        console.log(`\n   Saved ${options.xlsx}`);
        resolve();
      })();
    });
  });
}
