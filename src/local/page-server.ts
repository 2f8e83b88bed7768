/**
 * Serves the real, built sidebar (dist/Sidebar.html) on 127.0.0.1 with a `google.script.run`
 * bridge into a local Apps Script runtime: what `npm start` opens and the browser tests drive.
 * Each call runs `runtime.runFromBrowser(fn, args, { user })`, exactly as Apps Script runs a
 * sidebar's call as the user who opened it.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOOGLE_SCRIPT_SHIM, RUN_PATH } from './google-script-shim';

/** What a runtime answers for one browser call. */
export interface BrowserCallResult {
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: unknown;
  /** The service calls the execution made (the local runtime reports them). */
  readonly calls?: readonly { readonly service: string; readonly method: string }[];
}

/** The part of the local runtime the bridge needs. */
export interface BrowserCallable {
  runFromBrowser(
    fn: string,
    args: unknown[],
    options: { readonly user: string },
  ): BrowserCallResult | Promise<BrowserCallResult>;
}

export interface SidebarServerOptions {
  readonly runtime: BrowserCallable;
  /** Email of the user the sidebar runs as. */
  readonly user: string;
  /** 0 (default) picks any free port. */
  readonly port?: number;
  /**
   * Defaults to dist/Sidebar.html of this repo; read on every page load, so a rebuild shows.
   * Other pages of its folder are served at /<Name>.html (e.g. /Schedule.html).
   */
  readonly htmlPath?: string;
  /**
   * Runs after each call and before its answer is sent, so that what it does (npm start saves
   * the workbook) is done by the time the page hears "saved". A throw answers the call with
   * its message instead.
   */
  readonly afterCall?: (fn: string, result: BrowserCallResult) => Promise<void> | void;
}

export interface SidebarServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_BODY = 1024 * 1024;
const DEFAULT_HTML = fileURLToPath(new URL('../../dist/Sidebar.html', import.meta.url));

/** Puts the shim first in <head>, before the sidebar's own script can look for `google`. */
export function injectShim(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('Sidebar.html has no <head> to put the google.script.run shim in');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n<script>${GOOGLE_SCRIPT_SHIM}</script>${html.slice(at)}`;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error ?? 'Unknown error');
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the server; resolves once it listens. */
export async function startSidebarServer(options: SidebarServerOptions): Promise<SidebarServer> {
  const htmlPath = options.htmlPath ?? DEFAULT_HTML;
  let origin = '';

  async function runCall(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only this page may call in: another site open in the same browser must not drive the
    // workbook (cross-site POST), nor a DNS-rebound name reach it.
    const requestOrigin = request.headers.origin;
    if (
      request.headers.host !== origin.slice('http://'.length) ||
      (requestOrigin !== undefined && requestOrigin !== origin) ||
      !String(request.headers['content-type']).startsWith('application/json')
    )
      return send(response, 403, 'text/plain', 'forbidden');
    let call: { fn?: unknown; args?: unknown };
    try {
      call = JSON.parse(await readBody(request)) as typeof call;
    } catch (error) {
      return send(
        response,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: errorText(error) }),
      );
    }
    if (typeof call.fn !== 'string' || !Array.isArray(call.args))
      return send(
        response,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: 'expected { fn, args }' }),
      );
    let answer: { ok: boolean; value?: unknown; error?: string };
    try {
      const result = await options.runtime.runFromBrowser(call.fn, call.args, {
        user: options.user,
      });
      await options.afterCall?.(call.fn, result);
      answer = result.ok
        ? { ok: true, value: result.value }
        : { ok: false, error: errorText(result.error) };
    } catch (error) {
      answer = { ok: false, error: errorText(error) };
    }
    send(response, 200, 'application/json', JSON.stringify(answer));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', origin).pathname;
    if (request.method === 'POST' && path === RUN_PATH) return runCall(request, response);
    if (request.method === 'GET' && (path === '/' || path === '/Sidebar.html')) {
      const html = await readFile(htmlPath, 'utf8');
      return send(response, 200, 'text/html', injectShim(html));
    }
    // Other built pages beside the sidebar (e.g. /Schedule.html, the Schedule report dialog),
    // with the same bridge. The name pattern keeps requests inside that folder.
    const page = /^\/([A-Z][A-Za-z0-9]*)\.html$/.exec(path);
    if (request.method === 'GET' && page) {
      const html = await readFile(join(dirname(htmlPath), `${page[1]}.html`), 'utf8').catch(
        () => null,
      );
      if (html !== null) return send(response, 200, 'text/html', injectShim(html));
    }
    if (request.method === 'GET' && path === '/favicon.ico')
      return send(response, 204, 'text/plain', '');
    send(response, 404, 'text/plain', 'not found');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain', errorText(error));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
