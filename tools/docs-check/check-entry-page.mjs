// Loads an entry page, with script disabled, in headless Chromium at 1280
// and 390 px wide: what a reader sees (heading, facts, sections, whether the
// page scrolls sideways), then follows its link back to the catalogue page
// and, from there, the catalogue's link to the entry page. Writes
// screenshots. Usage: node check-entry-page.mjs ENTRY.html CATALOGUE.html SCREENSHOT_PREFIX
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [entry, catalogue, shots] = process.argv.slice(2);
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'errcode-chromium-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  javaScriptEnabled: false,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const entryUrl = pathToFileURL(entry).href;
const report = {};
for (const width of [1280, 390]) {
  const tab = await browser.newPage();
  await tab.setViewportSize({ width, height: 900 });
  const failed = [];
  tab.on('requestfailed', r => failed.push(r.url()));
  await tab.goto(entryUrl);
  const seen = await tab.evaluate(() => ({
    viewport: window.innerWidth,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    title: document.title,
    h1: document.querySelector('h1')?.innerText,
    facts: [...document.querySelectorAll('table.facts tr')]
      .map(r => [r.querySelector('th')?.innerText, r.querySelector('td')?.innerText]),
    sections: [...document.querySelectorAll('section')].map(s => s.firstElementChild.innerText),
    // The headings a section's text has, as the tag and text the page gives them.
    inner: [...document.querySelectorAll('section > :not(:first-child):is(h2,h3,h4,h5,h6)')]
      .map(h => `${h.tagName} ${h.innerText}`),
    code: [...document.querySelectorAll('section pre code')].map(c => c.innerText),
    // A block wider than the page is cut off at 390 px unless it wraps.
    widest: Math.max(0, ...[...document.querySelectorAll('pre, table')]
      .map(e => e.getBoundingClientRect().right - window.innerWidth)),
    scripts: document.querySelectorAll('script').length,
    text: document.body.innerText,
  }));
  await tab.screenshot({ path: `${shots}-${width}.png`, fullPage: true });
  await tab.click('nav.back a');
  const back = { url: tab.url(), h1: await tab.evaluate(() => document.querySelector('h1')?.innerText) };
  await tab.goto(pathToFileURL(catalogue).href);
  const link = await tab.$$eval('table.entries a[href*="/errors/"]', links => links.map(a => a.href));
  await tab.click(`table.entries a[href="${new URL(entryUrl).pathname.split('/').slice(-3).join('/')}"]`);
  const forth = { url: tab.url(), h1: await tab.evaluate(() => document.querySelector('h1')?.innerText) };
  report[width] = { ...seen, back, forth, links: link.length, failed };
  await tab.close();
}
await browser.close();
console.log(JSON.stringify(report));
