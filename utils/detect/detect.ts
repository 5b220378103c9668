import type { Claim } from '../claim';
import { detectClaimsWith, type DetectOptions } from './detect-text';
import { lexiconFor } from './lexicons';

export type { DetectOptions };

/**
 * Finds every casualty claim in a text, with the lexicons of all ten languages at hand (the CLIs,
 * the tests, the background). The content script loads only those its page needs (see
 * detect-text.ts).
 */
export function detectClaims(text: string, opts: DetectOptions = {}): Claim[] {
  return detectClaimsWith(text, lexiconFor, opts);
}
