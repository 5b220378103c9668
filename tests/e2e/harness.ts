import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

export type BrowserName = 'chromium' | 'firefox';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

/** Serves a folder on 127.0.0.1 (any free port). */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { server, url: `http://127.0.0.1:${port}` };
}

export function browserPath(name: BrowserName): string {
  const candidates = name === 'chromium' ? ['/usr/bin/chromium', '/usr/bin/chromium-browser'] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${name} is not installed (looked for ${candidates.join(', ')}); .ci/run installs it with apt-get`);
  return found;
}

/** Starts a real browser with the built extension loaded. */
export async function launchWithExtension(name: BrowserName): Promise<Browser> {
  const dir = join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
  if (name === 'chromium') {
    return puppeteer.launch({
      executablePath: browserPath(name),
      headless: true,
      pipe: true,
      enableExtensions: [dir],
      userDataDir: mkdtempSync(join(tmpdir(), 'cc-chromium-')),
      defaultViewport: { width: 1280, height: 900 },
      // Every host but the local test server is unresolvable: pages' external resources fail fast.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath(name),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // System access lets a test open and read the real toolbar popup (see firefox-popup.ts).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'remote.allow-system-access': true,
    },
  });
  await browser.installExtension(dir);
  return browser;
}

/** Waits until the content script has highlighted claims (the registry is the page's). */
export async function waitForHighlights(page: Page, min = 1): Promise<number> {
  await page.waitForFunction((n: number) => (CSS.highlights.get('crosscount-claim')?.size ?? 0) >= n, { timeout: 20000 }, min);
  // Let a late batch land before counting.
  await new Promise((r) => setTimeout(r, 300));
  return page.evaluate(() => CSS.highlights.get('crosscount-claim')?.size ?? 0);
}

/** The viewport rectangle of the nth occurrence of a string in the page's text. */
export async function rectOfText(page: Page, needle: string, nth = 1) {
  return page.evaluate(
    (s: string, n: number) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        let at = t.data.indexOf(s);
        while (at >= 0) {
          if (++seen === n) {
            const r = document.createRange();
            r.setStart(t, at);
            r.setEnd(t, at + s.length);
            (t.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const b = r.getBoundingClientRect();
            return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
          }
          at = t.data.indexOf(s, at + 1);
        }
      }
      return null;
    },
    needle,
    nth,
  );
}

export const TOOLTIP = 'crosscount-ui >>> .cc-dialog';
