/**
 * `npm run demo`: builds the extension, serves the bundled demo article on 127.0.0.1 and opens
 * it in Chromium with Crosscount loaded. Without a display it runs headless: hovers the first
 * claim, saves a screenshot of the open tooltip and prints the claims it annotated.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { launchWithExtension, PAGES, rectOfText, ROOT, serve, TOOLTIP, waitForHighlights } from '../../tests/e2e/harness';
import puppeteer from 'puppeteer-core';

async function main() {
  execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  const { server, url } = await serve(PAGES);
  const article = `${url}/coalition-count-en.html`;
  if (process.env.DISPLAY && !process.env.CI) {
    console.log(`Opening ${article} in Chromium with Crosscount; close the browser to stop.`);
    const browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium', headless: false, pipe: true, defaultViewport: null,
      enableExtensions: [join(ROOT, '.output', 'chrome-mv3')],
      args: ['--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    await (await browser.newPage()).goto(article);
    browser.on('disconnected', () => server.close());
    return;
  }
  const browser = await launchWithExtension('chromium');
  try {
    const page = await browser.newPage();
    await page.goto(article, { waitUntil: 'load' });
    const count = await waitForHighlights(page);
    const r = (await rectOfText(page, '352', 2))!;
    await page.mouse.move(r.left + r.width / 2, r.top + r.height / 2);
    const dialog = await page.waitForSelector(TOOLTIP, { visible: true, timeout: 10000 });
    const shot = join(ROOT, 'demo-tooltip.png');
    await page.screenshot({ path: shot });
    console.log(`${count} claims highlighted on ${article}`);
    console.log(`Tooltip of the first claim in the text (screenshot: ${shot}):\n`);
    console.log((await dialog!.evaluate((el) => (el as HTMLElement).innerText)).trim());
    const claims = execSync(`npx tsx ${join('utils', 'cli', 'annotate.ts')} ${join(PAGES, 'coalition-count-en.html')}`, { cwd: ROOT, encoding: 'utf8' });
    console.log('\nClaims the annotate CLI reads in the same article:');
    for (const c of JSON.parse(claims)) {
      console.log(`- "${c.text}" ${c.metric} ${c.population} → ${c.topic?.name ?? 'no topic'}; ${c.alternatives.map((a: { source: string }) => a.source).join(', ') || 'no comparison'}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(`demo failed: ${(e as Error).message}`);
  process.exit(1);
});
