/**
 * Step 5: the real sidebar (dist/Sidebar.html) served from this machine, its google.script.run
 * calls answered by the same runtime as steps 2–4. Ctrl-C saves the workbook to out/ and exits.
 */
import { startSidebarServer, type SidebarServer } from '../page-server';
import type { AddonSession } from './addon-session';

export interface ServeOptions {
  readonly session: AddonSession;
  readonly user: string;
  readonly port: number;
  readonly xlsx: string;
  readonly note: (text: string) => void;
  readonly save: () => Promise<void>;
}

/** Listens on the port asked for, or on any free port when that one is taken. */
async function listen(options: ServeOptions): Promise<SidebarServer> {
  const serve = (port: number): Promise<SidebarServer> =>
    startSidebarServer({ runtime: options.session.runtime, user: options.user, port });
  try {
    return await serve(options.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    options.note(`port ${options.port} is in use: serving on a free port instead.`);
    return serve(0);
  }
}

/** Serves until Ctrl-C (SIGINT) or SIGTERM, then saves the workbook. */
export async function serveSidebar(options: ServeOptions): Promise<void> {
  const server = await listen(options);
  console.log(`   Sidebar: ${server.url}  (as ${options.user})`);
  console.log(`   Schedule report dialog: ${new URL('Schedule.html', server.url).href}`);
  console.log(`   Log an interaction there; Ctrl-C saves ${options.xlsx} and exits.`);
  await new Promise<void>((resolve, reject) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server
        .close()
        .then(options.save)
        .then(() => {
          console.log(`\n   Saved ${options.xlsx}`);
          resolve();
        }, reject);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
