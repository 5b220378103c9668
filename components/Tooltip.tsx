import type { AnnotatedClaim } from '../utils/match/annotate';
import { ClaimDetails } from './ClaimDetails';

/** The card shown beside a claim: a non-modal dialog, since it holds links. */
export function Tooltip({ claim, onClose }: { claim: AnnotatedClaim; onClose: () => void }) {
  return (
    <div class="cc-dialog" role="dialog" aria-modal="false" aria-labelledby="cc-title" tabIndex={-1}>
      <button type="button" class="cc-close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      <p class="cc-brand">Crosscount</p>
      <ClaimDetails claim={claim} titleId="cc-title" />
    </div>
  );
}
