/** Utilities and Logger. */
import { randomUUID } from 'node:crypto';
import { ServiceObject, type Like } from './service-object';
import { formatJavaDate } from './java-date-format';

export class UtilitiesImpl
  extends ServiceObject
  implements Like<GoogleAppsScript.Utilities.Utilities, 'getUuid' | 'sleep' | 'base64EncodeWebSafe'>
{
  static override constants = { Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } };
  readonly typeName = 'Utilities';
  readonly service = 'utilities' as const;
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date))
      throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
    return formatJavaDate(date, String(timeZone), String(format));
  }
  getUuid(): string {
    return randomUUID();
  }
  /** Simulated: the clock advances, nothing waits. Apps Script caps a sleep at 5 minutes. */
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw new Error('Invalid argument: milliseconds');
    this.host.wait(Math.max(0, Number(milliseconds) || 0));
  }
  base64Encode(data: string): string {
    return Buffer.from(String(data), 'utf8').toString('base64');
  }
  base64Decode(encoded: string): number[] {
    return [...Buffer.from(String(encoded), 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
  base64EncodeWebSafe(data: string): string {
    return Buffer.from(String(data), 'utf8').toString('base64url');
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%[sdif%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
  }
}

/** Logger.log(format, ...values) → execution.logs. */
export class LoggerImpl extends ServiceObject {
  readonly typeName = 'Logger';
  readonly service = 'logger' as const;
  private _line(data: unknown, values: unknown[]): string {
    let i = 0;
    const text = typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
    return values.length ? text.replace(/%s|%d/g, () => String(values[i++])) : text;
  }
  log(data: unknown, ...values: unknown[]): this {
    this.host.exec.logs.push(this._line(data, values));
    return this;
  }
  getLog(): string {
    return this.host.exec.logs.join('\n');
  }
  clear(): void {
    this.host.exec.logs.length = 0;
  }
}
