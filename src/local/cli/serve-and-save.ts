/**
 * Step 5: the real sidebar (dist/Sidebar.html) served from this machine, its google.script.run
 * calls answered by the same runtime as steps 2–4. Every call that wrote to the spreadsheet is
 * saved to out/ before the page gets its answer, so no way of stopping (Ctrl-C to the whole
 * process group, SIGTERM, SIGHUP, a closed terminal, a crash) can lose what the page was told
 * is saved. SIGINT, SIGTERM, SIGHUP and the death of the parent process (npm killed on its own)
 * all stop the server cleanly.
 */
import { readFileSync } from 'node:fs';
import { startSidebarServer, type BrowserCallResult, type SidebarServer } from '../page-server';
import type { AddonSession } from './addon-session';

export interface ServeOptions {
  readonly session: AddonSession;
  readonly user: string;
  readonly port: number;
  readonly xlsx: string;
  readonly note: (text: string) => void;
  readonly save: () => Promise<void>;
}

/** The signals a terminal, `kill` or a closing terminal window send; each one stops us. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Spreadsheet methods that only read: an execution that made no other call changed nothing. */
const READ_METHOD = /^(get|is|has|can|find|create(TextFinder|Filter)?$|toString$)/;

/** True when the execution may have changed the spreadsheet (any call that is not a read). */
export function wroteSpreadsheet(result: BrowserCallResult): boolean {
  if (!result.ok) return false;
  if (!result.calls) return true; // not told: save rather than risk losing it
  return result.calls.some(
    (c) => c.service === 'spreadsheet' && !READ_METHOD.test(c.method.replace(/^.*\./, '')),
  );
}

/** Saves one at a time, in order: a save asked for during another starts after it. */
function serialSaver(save: () => Promise<void>): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return () => {
    const next = chain.then(save);
    chain = next.catch(() => undefined);
    return next;
  };
}

/** The parent's pid as the kernel sees it now (Node's process.ppid never changes). */
function currentParent(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Calls `gone` once the process that started us has died (we were re-parented). */
function watchParent(gone: () => void): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    const now = currentParent();
    let alive = now === undefined ? true : now === parent;
    if (now === undefined) {
      try {
        process.kill(parent, 0);
      } catch {
        alive = false;
      }
    }
    if (!alive) gone();
  }, 300);
  timer.unref();
  return () => clearInterval(timer);
}

/** Listens on the port asked for, or on any free port when that one is taken. */
async function listen(
  options: ServeOptions,
  afterCall: (fn: string, result: BrowserCallResult) => Promise<void>,
): Promise<SidebarServer> {
  const serve = (port: number): Promise<SidebarServer> =>
    startSidebarServer({ runtime: options.session.runtime, user: options.user, port, afterCall });
  try {
    return await serve(options.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const server = await serve(0);
    options.note(
      `port ${options.port} is in use: serving on port ${new URL(server.url).port}, a free port the system picked.`,
    );
    return server;
  }
}

/** Serves until a stop signal or the parent's death; resolves once the last save is done. */
export async function serveSidebar(options: ServeOptions): Promise<void> {
  const save = serialSaver(options.save);
  const afterCall = async (fn: string, result: BrowserCallResult): Promise<void> => {
    if (!wroteSpreadsheet(result)) return;
    await save();
    console.log(`   Saved ${options.xlsx} (after ${fn})`);
  };
  const server = await listen(options, afterCall);
  console.log(`   Sidebar: ${server.url}  (as ${options.user})`);
  console.log(`   Schedule report dialog: ${new URL('Schedule.html', server.url).href}`);
  console.log(
    `   Log an interaction there: each change is saved to ${options.xlsx} at once. Ctrl-C exits.`,
  );
  await new Promise<void>((resolve, reject) => {
    let stopping = false;
    const stop = (why: string): void => {
      if (stopping) return; // a second Ctrl-C while the last save finishes changes nothing
      stopping = true;
      unwatch();
      server
        .close()
        .then(save)
        .then(() => {
          for (const signal of STOP_SIGNALS) process.off(signal, handlers[signal]);
          console.log(`\n   ${why}: saved ${options.xlsx}`);
          resolve();
        }, reject);
    };
    const handlers = Object.fromEntries(
      STOP_SIGNALS.map((signal) => [signal, () => stop(`Stopped by ${signal}`)]),
    ) as Record<(typeof STOP_SIGNALS)[number], () => void>;
    for (const signal of STOP_SIGNALS) process.on(signal, handlers[signal]);
    const unwatch = watchParent(() => stop('The process that started npm start has ended'));
  });
}
