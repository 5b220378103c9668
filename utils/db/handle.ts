import { lexiconSource } from '../detect/lexicons';
import { claimTopic, pageDateOf } from '../match/annotate';
import { rankEstimates, type Alternative } from '../match/compare';
import { isoDay } from '../match/dates';
import { buildTopicIndex, type TopicIndex } from '../match/topic';
import type { AnnotateResponse, BackgroundRequest, BackgroundResponse, ClaimMatch } from '../messages';
import { datasetVersion, resetToBundled, rowTotals, tablesOfTopics, type CrosscountDB } from './database';
import { tableOf, type EstimateTable } from '../match/estimate-table';
import type { Topic } from '../dataset/schema';
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
  private estimates = new Map<string, EstimateTable>();
  private cachedRows = 0;
  /** Counts the changes of the data: a table read before one is not kept. */
  private generation = 0;

  constructor(private db: CrosscountDB, private datasetDate: string, private options: HandlerOptions = {}) {}

  forget(): void {
    this.index = null;
    this.estimates.clear();
    this.cachedRows = 0;
    this.generation++;
  }

  private topicIndex(): Promise<TopicIndex> {
    this.index ??= this.db.topics.toArray().then(buildTopicIndex);
    return this.index;
  }

  async handle(req: BackgroundRequest): Promise<BackgroundResponse> {
    switch (req.type) {
      case 'datasetInfo': {
        const totals = await rowTotals(this.db);
        return {
          version: await datasetVersion(this.db),
          date: this.datasetDate,
          topics: await this.db.topics.count(),
          estimates: totals.bundled + totals.user,
          userEstimates: totals.user,
        };
      }
      case 'annotate':
        return this.annotate(req);
      case 'lexicon':
        return { source: lexiconSource(req.lang) };
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
    const indexInAnswer = new Map<Alternative, number>();
    const refs = (list: Alternative[]) =>
      list.map((a) => {
        let i = indexInAnswer.get(a);
        if (i === undefined) indexInAnswer.set(a, (i = alternatives.push(a) - 1));
        return i;
      });
    // The query is the claim's place (its sentence, paragraph and whatever else the content script sends of it).
    const topics = req.claims.map((q) => claimTopic(q.claim, q, page, index, pageDate));
    // The topics' estimates are read together: one trip to IndexedDB for those not in memory.
    const tables = await this.estimatesOf(new Set(topics.flatMap((ct) => (ct ? [ct.topic.id] : []))));
    const claims = req.claims.map((q, i): ClaimMatch => {
      const ct = topics[i];
      if (!ct) return { key: q.key, topic: null, reason: null, alternatives: [] };
      const key = [ct.topic.id, q.claim.metric, q.claim.population, ct.period.start, ct.period.end].join('\u0000');
      let refsOfSet = ranked.get(key);
      if (!refsOfSet) ranked.set(key, (refsOfSet = refs(rankEstimates(q.claim, ct.period, pageDate, tables.get(ct.topic.id)!))));
      return { key: q.key, topic: { id: ct.topic.id, name: ct.topic.name }, reason: ct.reason, alternatives: refsOfSet };
    });
    return { claims, alternatives };
  }

  /**
   * Topics' estimates in columns, kept in memory until the data changes: with many rows, reading
   * them from IndexedDB for each page costs more than everything else. Bounded by rows, least
   * recently used out first.
   */
  private async estimatesOf(topics: Set<string>): Promise<Map<string, EstimateTable>> {
    const out = new Map<string, EstimateTable>();
    const missing: string[] = [];
    for (const topic of topics) {
      const hit = this.estimates.get(topic);
      if (!hit) {
        missing.push(topic);
        continue;
      }
      this.estimates.delete(topic);
      this.estimates.set(topic, hit);
      out.set(topic, hit);
    }
    if (missing.length === 0) return out;
    const generation = this.generation;
    const read = await tablesOfTopics(this.db, missing);
    for (const [i, topic] of missing.entries()) {
      const table = read[i] ?? tableOf([]);
      out.set(topic, table);
      // Not kept when the data changed while it was read.
      if (generation === this.generation) this.keep(topic, table);
    }
    return out;
  }

  private keep(topic: string, table: EstimateTable): void {
    const old = this.estimates.get(topic);
    if (old) this.cachedRows -= old.length;
    this.estimates.delete(topic);
    this.estimates.set(topic, table);
    this.cachedRows += table.length;
    for (const [k, t] of this.estimates) {
      if (this.cachedRows <= MAX_CACHED_ROWS || k === topic) break;
      this.estimates.delete(k);
      this.cachedRows -= t.length;
    }
  }
}

/**
 * About 18 MB: what 50,000 rows took as objects (367 bytes a row, measured in Node) before the
 * tables, which take 128 bytes a row. A reader's import of 100,000 rows stays in memory.
 */
export const MAX_CACHED_ROWS = 140_000;
