import { claimTopic, pageDateOf } from '../match/annotate';
import { rankEstimates, type Alternative } from '../match/compare';
import { isoDay } from '../match/dates';
import { buildTopicIndex, type TopicIndex } from '../match/topic';
import type { AnnotateResponse, BackgroundRequest, BackgroundResponse, ClaimMatch } from '../messages';
import { allRows, byId, datasetVersion, ofTopics, resetToBundled, type CrosscountDB } from './database';
import type { EstimateRecord, Topic } from '../dataset/schema';
import { parseImport } from '../dataset/import';
import { fetchVerified, VerifyError } from '../dataset/verify';
import { browse, exportAll, importParsed } from './reader-data';

export interface HandlerOptions {
  /** The dataset shipped with the extension, for a reset. */
  bundled?: () => { topics: Topic[]; version: string };
  /** For "update from URL"; tests pass their own. */
  fetch?: typeof fetch;
}

/**
 * Answers the content script and the pages of the extension. The topic index and the estimates
 * read for annotations are kept until the dataset changes (see `forget`).
 */
export class RequestHandler {
  private index: Promise<TopicIndex> | null = null;
  private estimates = new Map<string, CacheEntry>();
  private cachedRows = 0;

  constructor(private db: CrosscountDB, private datasetDate: string, private options: HandlerOptions = {}) {}

  forget(): void {
    this.index = null;
    this.estimates.clear();
    this.cachedRows = 0;
  }

  private topicIndex(): Promise<TopicIndex> {
    this.index ??= this.db.topics.toArray().then(buildTopicIndex);
    return this.index;
  }

  async handle(req: BackgroundRequest): Promise<BackgroundResponse> {
    switch (req.type) {
      case 'datasetInfo': {
        const rows = await allRows(this.db);
        return {
          version: await datasetVersion(this.db),
          date: this.datasetDate,
          topics: await this.db.topics.count(),
          estimates: rows.length,
          userEstimates: rows.filter((r) => r.origin === 'user').length,
        };
      }
      case 'annotate':
        return this.annotate(req);
      case 'browse':
        return browse(this.db, req.query, req.limit);
      case 'export':
        return { estimates: await exportAll(this.db) };
      case 'import':
        return this.write(() => importParsed(this.db, parseImport(req.text, req.format)));
      case 'importFromUrl':
        return this.write(async () => {
          let text: string;
          try {
            text = await fetchVerified(req.url, req.sha256, this.options.fetch ?? ((...a) => fetch(...a)));
          } catch (e) {
            if (e instanceof VerifyError) return { ok: false, problems: [{ message: e.message }], problemCount: 1 };
            throw e;
          }
          return importParsed(this.db, parseImport(text, 'json'));
        });
      case 'reset': {
        const bundled = this.options.bundled?.();
        if (!bundled) throw new Error('no bundled dataset to reset to');
        return this.write(async () => ({ removed: await resetToBundled(this.db, bundled.topics, bundled.version) }));
      }
    }
  }

  /** Runs a write and forgets what was built from the old data, even when the write fails half-way. */
  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } finally {
      this.forget();
    }
  }

  private async annotate(req: Extract<BackgroundRequest, { type: 'annotate' }>): Promise<AnnotateResponse> {
    const index = await this.topicIndex();
    const page = { title: req.page.title, url: req.page.url, published: isoDay(req.page.published), text: req.page.text };
    const pageDate = pageDateOf(page);
    // Claims of one page mostly share topic, metric, population and period: rank each such set
    // once, and send each estimate once (see AnnotateResponse).
    const ranked = new Map<string, number[]>();
    const alternatives: Alternative[] = [];
    const placeOf = new Map<Alternative, number>();
    const refs = (list: Alternative[]) =>
      list.map((a) => {
        let i = placeOf.get(a);
        if (i === undefined) placeOf.set(a, (i = alternatives.push(a) - 1));
        return i;
      });
    const claims: ClaimMatch[] = [];
    for (const q of req.claims) {
      // The query is the claim's place (its sentence, paragraph and whatever else the content script sends of it).
      const ct = claimTopic(q.claim, q, page, index, pageDate);
      if (!ct) {
        claims.push({ key: q.key, topic: null, reason: null, alternatives: [] });
        continue;
      }
      const key = [ct.topic.id, q.claim.metric, q.claim.population, ct.period.start, ct.period.end].join('\u0000');
      let refsOfSet = ranked.get(key);
      if (!refsOfSet) {
        const rows = (await this.estimatesOf(ct.topic.id)).forMetric(q.claim.metric);
        ranked.set(key, (refsOfSet = refs(rankEstimates(q.claim, ct.period, pageDate, rows))));
      }
      claims.push({ key: q.key, topic: { id: ct.topic.id, name: ct.topic.name }, reason: ct.reason, alternatives: refsOfSet });
    }
    return { claims, alternatives };
  }

  /**
   * A topic's estimates, kept in memory until the data changes: with many rows, reading them from
   * IndexedDB for each page costs more than everything else. Bounded by rows, least recently used
   * out first.
   */
  private estimatesOf(topic: string): Promise<TopicEstimates> {
    const hit = this.estimates.get(topic);
    if (hit) {
      this.estimates.delete(topic);
      this.estimates.set(topic, hit);
      return hit.rows;
    }
    const entry: CacheEntry = { rows: ofTopics(this.db, [topic]).then((r) => new TopicEstimates(r)), size: 0 };
    this.estimates.set(topic, entry);
    entry.rows.then(
      (t) => {
        // Not when the data changed while it was read: forget() has dropped it already.
        if (this.estimates.get(topic) !== entry) return;
        entry.size = t.size;
        this.cachedRows += t.size;
        for (const [k, e] of this.estimates) {
          if (this.cachedRows <= MAX_CACHED_ROWS || e === entry) break;
          this.estimates.delete(k);
          this.cachedRows -= e.size;
        }
      },
      () => {
        if (this.estimates.get(topic) === entry) this.estimates.delete(topic);
      },
    );
    return entry.rows;
  }
}

/** Every topic of the bundled dataset and large imported ones; a row takes about 0.5 KB. */
export const MAX_CACHED_ROWS = 50_000;

interface CacheEntry {
  rows: Promise<TopicEstimates>;
  size: number;
}

/** A topic's estimates, split by metric once so that each claim hands the ranking only the rows it can use. */
class TopicEstimates {
  private byMetric = new Map<string, EstimateRecord[]>();
  readonly size: number;

  private all: EstimateRecord[];

  constructor(rows: EstimateRecord[]) {
    // In id order: ties in the ranking keep the first.
    this.all = rows.sort(byId);
    this.size = rows.length;
    const all = this.all;
    for (const e of all) {
      const list = this.byMetric.get(e.metric);
      if (list) list.push(e);
      else this.byMetric.set(e.metric, [e]);
    }
  }

  /**
   * The rows the ranking keeps for a claim's metric, in their stored order (ties rank the same):
   * the metric's own; a "killed or injured" claim may also be compared with "killed", so it gets all.
   */
  forMetric(metric: string): EstimateRecord[] {
    return metric === 'killed_or_injured' ? this.all : (this.byMetric.get(metric) ?? []);
  }
}
