/**
 * `npm run docs:pictures`: the README's pictures, taken from the real built add-on in Debian's
 * Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and written to docs/ — the sidebar's
 * customer card, its log form filled in, and a manager's digest. Run it by hand when the pages
 * change; the tests do not regenerate them.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AddonSession, MANAGER } from '../cli/addon-session';
import { readBundleManifest } from '../cli/bundle-manifest';
import { generateDemoBook } from '../demo/demo-book';
import { startSidebarServer } from '../page-server';
import { readPeriodRevenue } from '../periods';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DOCS = join(repoRoot, 'docs');
const OWNER = 'owner@example.com';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How much of the digest the picture shows, in CSS pixels. */
const DIGEST_HEIGHT = 1100;

/** The demo book after two quarters: tiers that moved, a digest with something to say. */
function demoSession(): AddonSession {
  const book = generateDemoBook({ seed: 1, customers: 1000 });
  const bundlePath = join(repoRoot, 'dist/Code.js');
  const session = AddonSession.open({
    book,
    bundlePath,
    manifest: readBundleManifest(bundlePath),
    owner: OWNER,
    note: (text) => console.log(`note: ${text}`),
    say: () => undefined,
  });
  const periods = readPeriodRevenue(book)!;
  for (const period of periods.periods.slice(-2)) session.runPeriod(period, periods);
  return session;
}

/** The A customer with the most on its card (contacts and interactions). */
function showcaseCustomer(session: AddonSession): string {
  const [header = [], ...rows] = session.runtime.workbook.values('Customers');
  const [id, tier, name] = ['Customer ID', 'Tier', 'Name'].map((h) => header.indexOf(h));
  const interactions = session.runtime.workbook.values('Interactions');
  const customerColumn = (interactions[0] ?? []).indexOf('Customer ID');
  const count = (key: unknown): number =>
    interactions.filter((row) => row[customerColumn] === key).length;
  const best = rows
    .filter((row) => row[tier!] === 'A' && /^[A-Za-z ]+$/.test(String(row[name!])))
    .sort((a, b) => count(b[id!]) - count(a[id!]))[0];
  if (!best) throw new Error('the demo book has no A customer to show');
  return String(best[id!]);
}

/** The first key contact of a customer, for the form's "With whom". */
function contact(session: AddonSession, customer: string): string {
  const [header = [], ...rows] = session.runtime.workbook.values('Contacts');
  const [id, name] = ['Customer ID', 'Name'].map((h) => header.indexOf(h));
  return String(rows.find((row) => row[id!] === customer)?.[name!] ?? '');
}

async function main(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  const session = demoSession();
  const customer = showcaseCustomer(session);
  const server = await startSidebarServer({ runtime: session.runtime, user: OWNER });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 300, height: 1600 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(server.url);
    await page.fill('#search', customer);
    await page.waitForSelector('#results [role=option]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.card');
    // The card takes focus for screen readers; a picture shows it unfocused.
    const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await blur();
    await page.locator('.card').screenshot({ path: join(DOCS, 'sidebar-card.png') });

    await page.selectOption('#log-kind', 'visit');
    await page.selectOption('#log-purpose', 'emotional');
    await page.fill('#log-summary', 'Brought mooncakes for the Mid-Autumn Festival');
    await page.selectOption('#log-perceived', '5');
    await page.selectOption('#log-expected', '4');
    await page.fill('#log-dealProbability', '60');
    await page.fill('#log-withWhom', contact(session, customer));
    await page.fill('#log-nextStep', 'Invite them to the customer seminar');
    await page.fill('#log-followUpDate', '2026-10-20');
    await blur();
    await page.locator('form.log-form').screenshot({ path: join(DOCS, 'log-form.png') });
    await context.close();

    const mail = [...session.outbox()].reverse().find((m) => m.to.includes(MANAGER) && m.htmlBody);
    if (!mail) throw new Error('the demo run sent no digest to the manager');
    const digest = await browser.newPage({
      viewport: { width: 680, height: DIGEST_HEIGHT },
      deviceScaleFactor: 1.5,
    });
    await digest.route('**/*', (route) => route.abort());
    await digest.setContent(mail.htmlBody!, { waitUntil: 'load' });
    // Its head: the pyramid, the 80/20 share and the first moves (the whole mail is long).
    await digest.screenshot({ path: join(DOCS, 'digest.png') });
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`docs/sidebar-card.png, docs/log-form.png, docs/digest.png (customer ${customer})`);
}

await main();
