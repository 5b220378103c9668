import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bundledTopics, DATASET_DATE, DATASET_VERSION } from '../utils/dataset/bundled';
import { CrosscountDB, datasetVersion, installBundled } from '../utils/db/database';
import { RequestHandler } from '../utils/db/handle';
import type { BackgroundRequest } from '../utils/messages';

export default defineBackground(() => {
  const db = new CrosscountDB();
  const handler = new RequestHandler(db, DATASET_DATE);

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

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const req = message as BackgroundRequest;
    if (!req || (req.type !== 'annotate' && req.type !== 'datasetInfo')) return false;
    ready
      .then(() => handler.handle(req))
      .then(sendResponse, (e: unknown) => sendResponse({ error: String((e as Error)?.message ?? e) }));
    return true;
  });
});
