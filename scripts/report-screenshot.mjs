#!/usr/bin/env node
// The README's picture: a screenshot of the demo's HTML report (run `npm run demo` first), taken with Debian's
// headless Chromium. Usage: node scripts/report-screenshot.mjs [out/report.html] [docs/report.png]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [html = 'out/report.html', png = 'docs/report.png'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(path.resolve(html)).href);
  await page.screenshot({ path: png, fullPage: false });
  console.log(`${png} written from ${html}`);
} finally {
  await browser.close();
}
