/** `npm run bench`: runs every benchmark in turn; each prints its own figures. */
import { run as runtime } from './runtime';

const benches: [string, () => Promise<void>][] = [['runtime', runtime]];

for (const [name, run] of benches) {
  console.log(`\n== ${name}`);
  await run();
}
