import type { RequestHandler } from '../../utils/db/handle';
import { annotatedClaim, type AnnotateResponse, type BackgroundRequest } from '../../utils/messages';

type AnnotateRequest = Extract<BackgroundRequest, { type: 'annotate' }>;

/** Sends an annotate request and reads the answer back into whole claims, as the content script does. */
export async function annotateVia(handler: RequestHandler, req: Omit<AnnotateRequest, 'type'>) {
  const res = (await handler.handle({ type: 'annotate', ...req })) as AnnotateResponse;
  const byKey = new Map(req.claims.map((q) => [q.key, q.claim]));
  return { res, claims: res.claims.map((m) => ({ ...annotatedClaim(byKey.get(m.key)!, m, res.alternatives), key: m.key })) };
}
