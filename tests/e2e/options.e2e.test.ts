import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, PAGES, rectOfText, serve, TOOLTIP, waitForHighlights } from './harness';

// Chromium only: Firefox does not let automation open an extension page (see extension.e2e.test.ts).
describe('options page in chromium: the reader\'s own data', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let options: Page;
  const dir = mkdtempSync(join(tmpdir(), 'cc-options-'));

  const HEADER = 'topic,source,sourceKind,metric,population,value,low,high,periodStart,periodEnd,published,url,method,note';
  const ROW = 'oir-coalition-iraq-syria,Reader Test Monitor,monitor,killed,civilians,777,,,2014-08-08,2017-04-30,2017-05-01,https://example.org/reader,documented_count,"Mine, for the test."';
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const statusText = () => options.$eval('#status', (el) => (el as HTMLElement).innerText);
  const infoText = () => options.$eval('#dataset-info', (el) => (el as HTMLElement).innerText);
  const upload = async (path: string) => {
    const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await options.waitForFunction(() => document.querySelector('#status') && !document.querySelector('#status')!.textContent!.includes('…'), { timeout: 20000 });
  };

  beforeAll(async () => {
    server = await serve(PAGES);
    browser = await launchWithExtension('chromium');
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    const origin = worker.url().match(/^chrome-extension:\/\/[^/]+/)![0];
    options = await browser.newPage();
    await options.goto(`${origin}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('#dataset-info', { timeout: 20000 });
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.close();
  });

  it('shows the dataset version and lists topics with their estimates', async () => {
    expect(await infoText()).toMatch(/^Dataset version \d{4}\.\d{2}\.\d{2} \(\d{4}-\d{2}-\d{2}\): \d+ topics, \d+ estimates\.$/);
    await options.waitForSelector('.topic table tbody tr', { timeout: 10000 });
    await options.type('#search', 'airwars');
    // The search has answered when only Airwars' rows are left.
    await options.waitForFunction(
      () => {
        const cells = [...document.querySelectorAll('.topic tbody tr td:first-child')];
        return cells.length > 0 && cells.every((td) => /Airwars/i.test(td.textContent ?? ''));
      },
      { timeout: 10000 },
    );
    expect(await options.$eval('#browse-count', (el) => el.textContent)).toMatch(/^\d+ estimates?\.$/);
    expect(await options.$$eval('.topic tbody tr a', (as) => as.every((a) => (a as HTMLAnchorElement).href.startsWith('https://')))).toBe(true);
  });

  it('refuses a CSV with a bad row, naming its line, and writes nothing', async () => {
    const before = await infoText();
    await upload(file('bad.csv', `${HEADER}\n${ROW}\n${ROW.replace(',777,', ',lots,')}\n`));
    const status = await statusText();
    expect(status).toMatch(/Nothing was imported: 1 problem/);
    expect(status).toMatch(/line 3: value: must be a whole number/);
    expect(await infoText()).toBe(before);
  });

  it('imports a good CSV, and the tooltip on a news page shows the reader\'s figure', async () => {
    await upload(file('good.csv', `${HEADER}\n${ROW}\n`));
    expect(await statusText()).toMatch(/Imported: 1 added/);
    await options.waitForFunction(() => /1 of them yours/.test(document.querySelector('#dataset-info')?.textContent ?? ''), { timeout: 10000 });
    await options.click('#search', { count: 3 });
    await options.type('#search', 'reader test');
    await options.waitForSelector('tr.mine .badge', { timeout: 10000 });

    const news = await browser.newPage();
    await news.goto(`${server.url}/coalition-count-en.html`, { waitUntil: 'load' });
    await waitForHighlights(news, 6);
    const r = (await rectOfText(news, '352', 2))!;
    await news.mouse.move(r.left + r.width / 2, r.top + r.height / 2);
    const dialog = await news.waitForSelector(TOOLTIP, { visible: true, timeout: 10000 });
    expect(await dialog!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/Reader Test Monitor/);
    await news.close();
  });

  it('exports everything, the reader\'s rows marked as theirs', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'cc-downloads-'));
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await options.bringToFront();
    await options.click('#export');
    let name: string | undefined;
    for (let i = 0; i < 100 && !name; i++) {
      await new Promise((res) => setTimeout(res, 100));
      name = readdirSync(downloads).find((f) => f.endsWith('.json'));
    }
    expect(name).toMatch(/^crosscount-estimates-\d{4}-\d{2}-\d{2}\.json$/);
    const rows = JSON.parse(readFileSync(join(downloads, name!), 'utf8')) as { source: string; origin: string; topic: string }[];
    expect(rows.filter((e) => e.origin === 'user')).toEqual([expect.objectContaining({ source: 'Reader Test Monitor', topic: 'oir-coalition-iraq-syria' })]);
    expect(rows.filter((e) => e.origin === 'bundled').length).toBeGreaterThan(100);
  });

  it('fetches nothing from a URL that does not answer, and imports nothing', async () => {
    await options.type('#update-url', 'https://127.0.0.1:1/estimates.json');
    await options.type('#update-sha', 'a'.repeat(64));
    await options.click('#update');
    await options.waitForFunction(() => /Nothing was imported/.test(document.querySelector('#status')?.textContent ?? ''), { timeout: 20000 });
    expect(await statusText()).toMatch(/file: could not fetch https:\/\/127\.0\.0\.1:1\/estimates\.json/);
    expect(await infoText()).toMatch(/1 of them yours/);
  });

  it('resets to the bundled data after asking', async () => {
    await options.click('#reset');
    await options.click('#reset-confirm');
    await options.waitForFunction(() => /Removed 1 of your estimates/.test(document.querySelector('#status')?.textContent ?? ''), { timeout: 20000 });
    await options.waitForFunction(() => !/yours/.test(document.querySelector('#dataset-info')?.textContent ?? ''), { timeout: 10000 });
    await options.waitForFunction(() => /^No estimate matches\.$/.test(document.querySelector('#browse-count')?.textContent ?? ''), { timeout: 10000 });
  });
});
