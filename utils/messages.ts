import type { Claim } from './claim';
import type { AnnotatedClaim } from './match/annotate';

/** A claim as the content script sends it: where it stands, so the background can match it. */
export interface ClaimQuery {
  key: string;
  claim: Claim;
  sentence: string;
  paragraph: string;
}

export interface PageQuery {
  title: string;
  url: string;
  published: string | null;
  /** The beginning of the page's text, for topic aliases found elsewhere on the page. */
  text: string;
}

/** Content script → background. */
export type BackgroundRequest =
  | { type: 'annotate'; page: PageQuery; claims: ClaimQuery[] }
  | { type: 'datasetInfo' };

export interface AnnotateResponse {
  claims: (AnnotatedClaim & { key: string })[];
}

export interface DatasetInfo {
  version: string | null;
  date: string;
  topics: number;
  estimates: number;
  userEstimates: number;
}

/** Popup → content script of the active tab. */
export type TabRequest = { type: 'listClaims' } | { type: 'reveal'; key: string };

export interface ListClaimsResponse {
  claims: (AnnotatedClaim & { key: string })[];
}

export type ResponseOf<R extends BackgroundRequest> = R extends { type: 'annotate' } ? AnnotateResponse : DatasetInfo;
