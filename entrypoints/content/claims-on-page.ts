import type { Lang } from '../../utils/claim';
import { detectClaimsWith, type LexiconOf } from '../../utils/detect/detect-text';
import { placeOf } from '../../utils/match/place';
import type { AnnotatedClaim } from '../../utils/match/annotate';
import type { ClaimQuery } from '../../utils/messages';
import { rangeOf, type TextBlock } from './text-blocks';

/** A claim found on the page: where it is, and (once the background answers) its comparison. */
export interface PageClaim {
  key: string;
  range: StaticRange;
  query: ClaimQuery;
  annotated: AnnotatedClaim | null;
}

let counter = 0;

/** Detects the claims of blocks with the lexicons at hand; pure detection runs here, matching in the background. */
export function findClaims(blocks: TextBlock[], fallbackLang: Lang | undefined, lexiconOf: LexiconOf): PageClaim[] {
  const out: PageClaim[] = [];
  for (const block of blocks) {
    for (const claim of detectClaimsWith(block.text, lexiconOf, { fallbackLang })) {
      const place = placeOf(block.text, claim.start, claim.end);
      const key = `c${++counter}`;
      out.push({ key, range: rangeOf(block, claim.start, claim.end), query: { key, claim, ...place }, annotated: null });
    }
  }
  return out;
}

/** The claim under a text position, if any (the position comes from caret hit-testing). */
export function claimAt(byNode: Map<Node, PageClaim[]>, node: Node, offset: number): PageClaim | null {
  for (const c of byNode.get(node) ?? []) {
    const r = c.range;
    const afterStart = node !== r.startContainer || offset >= r.startOffset;
    const beforeEnd = node !== r.endContainer || offset < r.endOffset;
    if (afterStart && beforeEnd) return c;
  }
  return null;
}
