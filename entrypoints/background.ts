import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledTopics, DATASET_DATE, DATASET_VERSION } from '../utils/dataset/bundled';
import { CrosscountDB, datasetVersion, installBundled } from '../utils/db/database';
import { RequestHandler } from '../utils/db/handle';
import { BACKGROUND_REQUEST_TYPES, mayAsk, type BackgroundRequest } from '../utils/messages';

export default defineBackground(() => {
  const db = new CrosscountDB();
  const handler = new RequestHandler(db, DATASET_DATE, { bundled: () => ({ topics: bundledTopics(), version: DATASET_VERSION }) });

  // Filled on install and update; also whenever the stored version differs (a cleared profile).
  const ready = (async () => {
    if ((await datasetVersion(db)) !== DATASET_VERSION || (await db.topics.count()) === 0) {
      await installBundled(db, bundledTopics(), DATASET_VERSION);
      handler.forget();
    }
  })();

  browser.runtime.onInstalled.addListener(() => {
    void ready;
  });

  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const req = message as BackgroundRequest;
    if (!req || !BACKGROUND_REQUEST_TYPES.has(req.type)) return false;
    if (!mayAsk(req.type, sender.url, ownPages)) {
      sendResponse({ error: `${req.type} is only answered to the extension's own pages` });
      return false;
    }
    ready
      .then(() => handler.handle(req))
      .then(sendResponse, (e: unknown) => sendResponse({ error: String((e as Error)?.message ?? e) }));
    return true;
  });
});
