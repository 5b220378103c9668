import type { Claim, Lang } from './claim';
import type { LexiconSource } from './detect/lexicon';
import type { AnnotatedClaim } from './match/annotate';
import type { Alternative } from './match/compare';
import type { EstimateRecord } from './dataset/schema';
import type { ImportFormat, ImportProblem } from './dataset/import';
import type { Origin } from './db/database';

/** A claim as the content script sends it: where it stands, so the background can match it. */
export interface ClaimQuery {
  key: string;
  claim: Claim;
  sentence: string;
  paragraph: string;
  /** Where the claim starts in its sentence. */
  at?: number;
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
  | { type: 'datasetInfo' }
  /** A language's word lists, for the content script's detector (which does not bundle them). */
  | { type: 'lexicon'; lang: Lang }
  // Options page → background (the background refuses these from content scripts):
  | { type: 'browse'; query: string; limit?: number }
  | { type: 'import'; format: ImportFormat; text: string }
  | { type: 'importFromUrl'; url: string; sha256: string }
  | { type: 'export' }
  | { type: 'reset' };

export const BACKGROUND_REQUEST_TYPES: ReadonlySet<string> = new Set<BackgroundRequest['type']>(['annotate', 'datasetInfo', 'lexicon', 'browse', 'import', 'importFromUrl', 'export', 'reset']);
/** The requests only the extension's own pages may make: they read out or change the reader's data. */
export const PAGE_ONLY_REQUEST_TYPES: ReadonlySet<string> = new Set<BackgroundRequest['type']>(['browse', 'import', 'importFromUrl', 'export', 'reset']);

/**
 * Whether the background answers a message from `senderUrl`: a content script (its sender is
 * the web page it runs in) may only annotate and ask for the dataset's version and word lists.
 */
export function mayAsk(type: string, senderUrl: string | undefined, ownPages: string): boolean {
  if (!BACKGROUND_REQUEST_TYPES.has(type)) return false;
  return !PAGE_ONLY_REQUEST_TYPES.has(type) || (senderUrl?.startsWith(ownPages) ?? false);
}

/**
 * Background → content script. The content script has the claims already; it gets back each
 * one's topic and the estimates beside it. A page's claims mostly share those estimates, so each
 * is sent once, in `alternatives`, and a claim names its own by their places there: the answer
 * is a tenth of the size, and its size is most of a request's time.
 */
export interface AnnotateResponse {
  claims: ClaimMatch[];
  alternatives: Alternative[];
}

export interface ClaimMatch {
  key: string;
  topic: AnnotatedClaim['topic'];
  reason: string | null;
  /** Indices into the answer's `alternatives`, most comparable first. */
  alternatives: number[];
}

/** A claim with what the background answered for it. */
export function annotatedClaim(claim: Claim, match: ClaimMatch, alternatives: readonly Alternative[]): AnnotatedClaim {
  return { ...claim, topic: match.topic, reason: match.reason, alternatives: match.alternatives.map((i) => alternatives[i]!) };
}

export interface LexiconResponse {
  source: LexiconSource | null;
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

/** An estimate as the options page shows and exports it: the `dataset:export` fields and its origin. */
export type ReaderEstimate = Omit<EstimateRecord, 'userAdded'> & { origin: Origin };

export interface BrowseResponse {
  /** How many estimates match; at most `limit` of them are in `topics`. */
  total: number;
  shown: number;
  topics: { id: string; name: string; estimates: ReaderEstimate[] }[];
}

export type ImportResponse =
  | { ok: true; added: number; replaced: number; overridden: number; unchanged: number }
  /** Nothing was written. `problems` is capped; `problemCount` is how many there were. */
  | { ok: false; problems: ImportProblem[]; problemCount: number };

export interface ExportResponse {
  estimates: ReaderEstimate[];
}

export interface ResetResponse {
  removed: number;
}

/** What the background answers when a request fails. */
export interface ErrorResponse {
  error: string;
}

export type BackgroundResponse = AnnotateResponse | DatasetInfo | LexiconResponse | BrowseResponse | ImportResponse | ExportResponse | ResetResponse;

export type ResponseOf<R extends BackgroundRequest> = R extends { type: 'annotate' }
  ? AnnotateResponse
  : R extends { type: 'datasetInfo' }
    ? DatasetInfo
    : R extends { type: 'lexicon' }
    ? LexiconResponse
    : R extends { type: 'browse' }
      ? BrowseResponse
      : R extends { type: 'import' | 'importFromUrl' }
        ? ImportResponse
        : R extends { type: 'export' }
          ? ExportResponse
          : ResetResponse;
