import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxPopup } from './firefox-popup';
import { launchWithExtension, PAGES, rectOfText, ROOT, serve, TOOLTIP, waitForHighlights, type BrowserName } from './harness';

const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
const GECKO_ID = 'crosscount@crosscount.example';
mkdirSync(SHOTS, { recursive: true });

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`extension in ${name}`, () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serve>>;
    let page: Page;

    beforeAll(async () => {
      server = await serve(PAGES);
      browser = await launchWithExtension(name);
      page = await browser.newPage();
    });
    afterAll(async () => {
      await browser?.close();
      server?.server.close();
    });

    it('highlights the claims of an English article and nothing else, without changing the page', async () => {
      await page.goto(`${server.url}/coalition-count-en.html`, { waitUntil: 'load' });
      const count = await waitForHighlights(page, 6);
      // The headline's 352 and the body's 352, 3,200, 45, 80, tens of thousands; not the strikes,
      // the reports, the page furniture, the textarea or the code block.
      expect(count).toBe(6);
      const highlighted = await page.evaluate(() =>
        [...(CSS.highlights.get('crosscount-claim') ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }).sort(),
      );
      expect(highlighted).toEqual(['3,200', '352', '352', '45', '80', 'tens of thousands']);
      const unchanged = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        return new DOMParser().parseFromString(html, 'text/html').body.innerHTML === document.body.innerHTML;
      });
      expect(unchanged).toBe(true);
    });

    it('shows other sources beside 352 on hover, in a dialog inside the viewport that does not cover the number', async () => {
      const r = (await rectOfText(page, '352', 2))!;
      expect(r).not.toBeNull();
      await page.mouse.move(r.left + r.width / 2, r.top + r.height / 2);
      const dialog = await page.waitForSelector(TOOLTIP, { visible: true, timeout: 10000 });
      const text = await dialog!.evaluate((el) => (el as HTMLElement).innerText);
      expect(text).toMatch(/352 civilians killed/);
      expect(text).toMatch(/Operation Inherent Resolve|coalition/i);
      expect(text).toMatch(/Airwars/);
      expect(text).toMatch(/Airwars' estimate is [\d.]+× this figure for Aug 2014 – May 2017/);
      expect(text).toMatch(/Independent monitor/);
      expect(text).toMatch(/Party to the conflict/);
      const box = await dialog!.evaluate((el) => {
        const b = el.getBoundingClientRect();
        return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, role: el.getAttribute('role'), links: el.querySelectorAll('a[href^="https://"]').length };
      });
      expect(box.role).toBe('dialog');
      expect(box.links).toBeGreaterThan(1);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1280);
      expect(box.bottom).toBeLessThanOrEqual(900);
      const covers = box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom;
      expect(covers).toBe(false);
      await page.screenshot({ path: join(SHOTS, `tooltip-${name}.png`) });
      // The dialog stays open while the pointer moves onto it, and Escape closes it.
      await page.mouse.move((box.left + box.right) / 2, box.top + 10, { steps: 4 });
      await new Promise((res) => setTimeout(res, 600));
      expect(await page.$(TOOLTIP)).not.toBeNull();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('crosscount-ui')?.shadowRoot?.querySelector('.cc-dialog'), { timeout: 5000 });
    });

    it('reads an Arabic page: Arabic-Indic digits and a number split across elements', async () => {
      await page.goto(`${server.url}/coalition-count-ar.html`, { waitUntil: 'load' });
      const count = await waitForHighlights(page, 3);
      // The headline's 352, ٣٥٢, and "<b>3</b> آلاف"; not the 20 ألف strikes or the year.
      expect(count).toBe(3);
      const r = (await rectOfText(page, '٣٥٢'))!;
      await page.mouse.move(r.left + r.width / 2, r.top + r.height / 2);
      const dialog = await page.waitForSelector(TOOLTIP, { visible: true, timeout: 10000 });
      expect(await dialog!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/Airwars/);
    });

    it('moves from claim to claim with Alt+Shift+Arrow keys and closes the card with Escape', async () => {
      await page.goto(`${server.url}/coalition-count-en.html`, { waitUntil: 'load' });
      await waitForHighlights(page, 6);
      const cardText = async () => {
        const dialog = await page.waitForSelector(TOOLTIP, { visible: true, timeout: 10000 });
        return dialog!.evaluate((el) => (el as HTMLElement).innerText);
      };
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('ArrowDown');
      const first = await cardText();
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((s: string, before: string) => {
        const el = document.querySelector('crosscount-ui')?.shadowRoot?.querySelector(s) as HTMLElement | null;
        return !!el && el.innerText !== before;
      }, { timeout: 10000 }, '.cc-dialog', first);
      const second = await cardText();
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction((s: string, before: string) => {
        const el = document.querySelector('crosscount-ui')?.shadowRoot?.querySelector(s) as HTMLElement | null;
        return !!el && el.innerText === before;
      }, { timeout: 10000 }, '.cc-dialog', first);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      expect(first).toMatch(/352/);
      expect(second).not.toBe(first);
      // The card's links are reachable by keyboard: focus is inside it.
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('crosscount-ui');
      await page.keyboard.press('Escape');
      await page.waitForSelector(TOOLTIP, { hidden: true, timeout: 10000 });
    });

    it('lists the page claims in the popup, grouped by topic', async () => {
      await page.goto(`${server.url}/coalition-count-en.html`, { waitUntil: 'load' });
      await waitForHighlights(page, 6);
      await page.bringToFront();
      const shot = join(SHOTS, `popup-${name}.png`);
      let text: string;
      if (name === 'chromium') {
        const popup = await openPopup(browser, page);
        await popup.waitForSelector('.claim', { timeout: 10000 });
        text = await popup.evaluate(() => document.body.innerText);
        await popup.screenshot({ path: shot });
        await popup.close();
      } else {
        const popup = await FirefoxPopup.open(browser, GECKO_ID);
        text = await popup.text('.claim');
        await popup.screenshot(shot);
      }
      expect(text).toMatch(/6 casualty figures on this page/);
      expect(text).toMatch(/Operation Inherent Resolve/);
    });
  });
}

/** The real popup, opened from the extension's service worker. */
async function openPopup(browser: Browser, page: Page): Promise<Page> {
  const worker = await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
  await page.bringToFront();
  await worker!.evaluate('chrome.action.openPopup()');
  const target = await browser.waitForTarget((t) => t.url().endsWith('popup.html'));
  return (await target.asPage())!;
}
