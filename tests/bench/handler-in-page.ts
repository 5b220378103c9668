/**
 * Bundled by bench:db and run in the extension's options page: the background's request handler
 * over the same IndexedDB, called directly, so that the bench can tell the work on a request
 * from the cost of carrying it between the page and the service worker.
 */
import { CrosscountDB } from '../../utils/db/database';
import { RequestHandler } from '../../utils/db/handle';
import type { BackgroundRequest } from '../../utils/messages';

const handler = new RequestHandler(new CrosscountDB(), 'bench');

(globalThis as { benchHandle?: unknown }).benchHandle = async (req: BackgroundRequest) => {
  const t = performance.now();
  await handler.handle(req);
  return performance.now() - t;
};
