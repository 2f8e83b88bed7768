/** HtmlService: outputs, files from the bundle's folder, and templates (<? ?>, <?= ?>, <?!= ?>). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceObject, type Like, type ServiceContext } from './service-object';

export class HtmlOutputImpl
  extends ServiceObject
  implements
    Like<GoogleAppsScript.HTML.HtmlOutput, 'getTitle' | 'getContent' | 'getWidth' | 'getHeight'>
{
  readonly typeName = 'HtmlOutput';
  readonly service = 'html' as const;
  private title = '';
  width: number | undefined;
  height: number | undefined;
  constructor(
    host: ServiceContext,
    private content = '',
  ) {
    super(host);
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  setXFrameOptionsMode(_mode: string): this {
    return this;
  }
  setSandboxMode(_mode: string): this {
    return this;
  }
  addMetaTag(_name: string, _content: string): this {
    return this;
  }
  setFaviconUrl(_url: string): this {
    return this;
  }
}

/** HTML-escapes text, as <?= ?> does. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Compiles a template into the body of a function(__props, __esc, output) that the guest runs
 * inside the bundle's context (so scriptlets can call the bundle's functions) under
 * `with (__props)`, so template properties are variables.
 */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last)
      parts.push(`output.append(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2]!.trim();
    if (m[1] === '=') parts.push(`output.append(__esc(${code}));`);
    else if (m[1] === '!=') parts.push(`output.append(${code});`);
    else parts.push(code);
    last = re.lastIndex;
  }
  if (last < source.length) parts.push(`output.append(${JSON.stringify(source.slice(last))});`);
  return parts.join('\n');
}

export class HtmlTemplateImpl extends ServiceObject {
  readonly typeName = 'HtmlTemplate';
  readonly service = 'html' as const;
  constructor(
    host: ServiceContext,
    private readonly source: string,
  ) {
    super(host);
  }
  /** Internal: the compiled template for the guest (not a counted call). */
  __code(): string {
    return compileTemplate(this.source);
  }
  getRawContent(): string {
    return this.source;
  }
  getCode(): string {
    return compileTemplate(this.source);
  }
  /** The guest renders the template in the bundle's context and passes the result here. */
  evaluate(rendered?: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.host, rendered ?? '');
  }
}

export class HtmlServiceImpl extends ServiceObject {
  static override constants = {
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    SandboxMode: { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
  };
  readonly typeName = 'HtmlService';
  readonly service = 'html' as const;
  /** `htmlDir`: the folder the bundle's HTML files are read from. */
  constructor(
    host: ServiceContext,
    private readonly htmlDir: string,
  ) {
    super(host);
  }

  private _file(name: string): string {
    const file = join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  }
  createHtmlOutput(html?: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.host, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.host, this._file(String(filename)));
  }
  createTemplate(html: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.host, String(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.host, this._file(String(filename)));
  }
}
