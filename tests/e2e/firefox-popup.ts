import { writeFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';

/**
 * Firefox's real toolbar popup, reached through the browser's own (chrome) code: WebDriver BiDi
 * neither opens moz-extension: pages nor lists the popup's document, but with system access
 * (`--remote-allow-system-access`, set by the harness) a script in the browser window can open
 * the extension's popup as a click would, read its text through a frame script, and draw it.
 */
export class FirefoxPopup {
  private constructor(private readonly run: (expression: string) => Promise<unknown>) {}

  /** Opens the popup of the extension with this id for the selected tab. */
  static async open(browser: Browser, extensionId: string): Promise<FirefoxPopup> {
    // The BiDi connection puppeteer drives Firefox through (not in its public types).
    const conn = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
    const tree = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { context: string }[] } };
    const windowContext = tree.result.contexts[0]!.context;
    const run = async (expression: string) => {
      const r = (await conn.send('script.evaluate', { expression, target: { context: windowContext }, awaitPromise: true })) as {
        result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
      };
      if (r.result.type !== 'success') throw new Error(`in Firefox's window: ${r.result.exceptionDetails?.text}`);
      return r.result.result?.value;
    };
    await run(`(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
      await ExtensionParent.apiManager.global.browserActionFor(extension).openPopup(window, true);
    })()`);
    return new FirefoxPopup(run);
  }

  /** The popup document's text, once `ready` (a CSS selector) is in it. */
  async text(ready: string, timeoutMs = 10000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = (await this.run(`new Promise((resolve, reject) => {
        const b = document.querySelector('browser.webextension-popup-browser');
        if (!b) return reject(new Error('no popup is open'));
        b.messageManager.addMessageListener('crosscount-test:text', function got(m) {
          b.messageManager.removeMessageListener('crosscount-test:text', got);
          resolve(m.data);
        });
        b.messageManager.loadFrameScript('data:,' + encodeURIComponent(
          'const d = content.document; sendAsyncMessage("crosscount-test:text", d.querySelector(' + ${JSON.stringify(JSON.stringify(ready))} + ') ? d.body.innerText : null)'), false);
      })`)) as string | undefined;
      if (typeof text === 'string') return text;
      if (Date.now() > deadline) throw new Error(`the popup never showed ${ready}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** Saves a PNG of the popup as Firefox draws it. */
  async screenshot(path: string): Promise<void> {
    const dataUrl = (await this.run(`(async () => {
      const b = document.querySelector('browser.webextension-popup-browser');
      const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`)) as string;
    writeFileSync(path, Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  }
}
