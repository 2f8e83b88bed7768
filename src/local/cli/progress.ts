/**
 * A one-line progress bar on stderr for long imports. Only drawn on a terminal; in logs and CI
 * it prints a single line at the end instead of hundreds of carriage returns.
 */
import { formatCount } from '../../core/i18n';

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastDrawn = -1;
  return (share: number, count: number): void => {
    const percent = Math.floor(share * 100);
    const done = share >= 1;
    if (!stream.isTTY) {
      if (done)
        stream.write(
          `${label}: ${formatCount(count)} lines in ${formatCount(Date.now() - started)} ms\n`,
        );
      return;
    }
    if (percent === lastDrawn && !done) return;
    lastDrawn = percent;
    const width = 30;
    const filled = Math.round(share * width);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${formatCount(count)} lines`,
    );
    if (done) stream.write('\n');
  };
}
