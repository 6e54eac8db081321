// Loads an HTML page in headless Chromium, types in the search box, counts
// the rows left, at 1280 and 390 px wide, and writes screenshots.
// Usage: node check-html.mjs PAGE.html QUERY SCREENSHOT_PREFIX
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [page, query, shots] = process.argv.slice(2);
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'errcode-chromium-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const report = {};
for (const width of [1280, 390]) {
  const tab = await browser.newPage();
  await tab.setViewportSize({ width, height: 900 });
  await tab.goto(pathToFileURL(page).href);
  const visible = () => tab.$$eval('table.entries tbody tr',
    rows => rows.filter(r => r.offsetParent !== null).length);
  const before = await visible();
  await tab.fill('#search', query);
  await tab.dispatchEvent('#search', 'input');
  const after = await visible();
  const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.screenshot({ path: `${shots}-${width}.png`, fullPage: true });
  await tab.screenshot({ path: `${shots}-${width}-top.png` });
  await tab.evaluate(() => [...document.querySelectorAll('table.entries tbody tr')]
    .find(r => r.offsetParent !== null)?.scrollIntoView());
  await tab.screenshot({ path: `${shots}-${width}-first-match.png` });
  const viewport = await tab.evaluate(() => window.innerWidth);
  report[width] = { before, after, overflow, viewport };
  await tab.close();
}
await browser.close();
console.log(JSON.stringify(report));
