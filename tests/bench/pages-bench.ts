/**
 * `npm run bench:pages`: loads each real news page of ../shared/real-pages (when present; they are
 * third-party pages kept beside the project, never in it) in Chromium without and with the
 * extension, and prints per page: claims highlighted, whether the DOM is the same, page errors,
 * and the main thread's long-task time — so that the content script's cost can be seen.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserPath, launchWithExtension, ROOT, serve } from '../e2e/harness';

const DIR = join(ROOT, '..', 'shared', 'real-pages');
if (!existsSync(DIR)) {
  console.log(`no ${DIR}: nothing to measure`);
  process.exit(0);
}
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
const { server, url } = await serve(DIR);

async function measure(browser: Browser, file: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    (window as unknown as { __long: number }).__long = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) (window as unknown as { __long: number }).__long += e.duration;
    }).observe({ type: 'longtask', buffered: true });
  });
  const t0 = performance.now();
  await page.goto(`${url}/${file}`, { waitUntil: 'load', timeout: 30000 });
  const loadMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 1500));
  const result = await page.evaluate(() => ({
    html: document.body ? document.body.innerHTML : '',
    claims: CSS.highlights.get('crosscount-claim')?.size ?? 0,
    longTasks: (window as unknown as { __long: number }).__long,
  }));
  await page.close();
  return { ...result, loadMs, errors: errors.length };
}

const plain = await puppeteer.launch({
  executablePath: browserPath('chromium'), headless: true, pipe: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const withExt = await launchWithExtension('chromium');
console.log('page                      claims  same DOM  errors(+ext)  long tasks ms (without → with)  load ms (without → with)');
let changed = 0;
for (const file of pages) {
  const a = await measure(plain, file);
  const b = await measure(withExt, file);
  if (a.html !== b.html) changed++;
  console.log(
    `${file.padEnd(26)}${String(b.claims).padStart(6)}  ${(a.html === b.html ? 'yes' : 'NO').padStart(8)}  ${String(b.errors - a.errors).padStart(12)}  ` +
    `${a.longTasks.toFixed(0).padStart(12)} → ${b.longTasks.toFixed(0).padEnd(14)}  ${a.loadMs.toFixed(0).padStart(8)} → ${b.loadMs.toFixed(0)}`,
  );
}
console.log(`${pages.length} pages, ${changed} with a changed DOM`);
await plain.close();
await withExt.close();
server.close();
