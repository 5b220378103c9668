/** The options page's work on the database: browse, import, export. */
import { planImport, type ParsedImport } from '../dataset/import';
import type { BrowseResponse, ImportResponse, ReaderEstimate } from '../messages';
import { foldWord } from '../text/fold';
import { ofOrigin, ofTopics, type CrosscountDB, type EstimateRow } from './database';

/** Problems sent back to the page: enough to fix a file, not a 100,000-line message. */
export const MAX_PROBLEMS = 200;

/**
 * Writes an import as the reader's rows, all or nothing: the checks against the database and the
 * writes share one transaction, and any problem — in the file or against the database — writes
 * nothing.
 */
export async function importParsed(db: CrosscountDB, parsed: ParsedImport): Promise<ImportResponse> {
  // Planned even when the file has problems already, so that the reader sees all of them at once.
  return db.transaction('rw', db.topics, db.estimates, async () => {
    const topicIds = new Set((await db.topics.toCollection().primaryKeys()) as string[]);
    const bundledRows = await ofOrigin(db, 'bundled').toArray();
    const userIds = new Set(await ofOrigin(db, 'user').primaryKeys());
    const plan = planImport(parsed, { topicIds, bundled: new Map(bundledRows.map((r) => [r.id, r])), userIds });
    if (plan.problems.length) return rejected(plan.problems);
    await db.estimates.bulkPut(plan.put.map((r): EstimateRow => ({ ...r, origin: 'user' })));
    return { ok: true as const, added: plan.added, replaced: plan.replaced, overridden: plan.overridden, unchanged: plan.unchanged };
  });
}

function rejected(problems: ParsedImport['problems']): ImportResponse {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), problemCount: problems.length };
}

/** The fields `dataset:export` prints, in its order, and the origin. */
export function readerEstimate(r: EstimateRow): ReaderEstimate {
  return {
    topic: r.topic, source: r.source, sourceKind: r.sourceKind, metric: r.metric, population: r.population,
    value: r.value, low: r.low, high: r.high, periodStart: r.periodStart, periodEnd: r.periodEnd,
    published: r.published, url: r.url, id: r.id, method: r.method, note: r.note, origin: r.origin,
  };
}

export async function exportAll(db: CrosscountDB): Promise<ReaderEstimate[]> {
  const rows = await db.estimates.toArray();
  return rows.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.id < b.id ? -1 : 1)).map(readerEstimate);
}

const fold = (s: string) => foldWord(s.trim());

/**
 * Estimates whose topic (id, name or an alias) or source contains the query, folded (case,
 * Arabic and Hebrew marks); an empty query matches everything. Sources are found through their
 * index's distinct keys, so a search does not read every row.
 */
export async function browse(db: CrosscountDB, query: string, limit = 500): Promise<BrowseResponse> {
  const q = fold(query);
  const topics = await db.topics.toArray();
  const names = new Map(topics.map((t) => [t.id, t.name]));
  let total: number;
  let rows: EstimateRow[];
  if (!q) {
    total = await db.estimates.count();
    rows = await db.estimates.orderBy('[origin+topic]').limit(limit).toArray();
  } else {
    const topicIds = topics.filter((t) => [t.id, t.name, ...Object.values(t.aliases).flat()].some((s) => fold(s).includes(q))).map((t) => t.id);
    const sources = ((await db.estimates.orderBy('source').uniqueKeys()) as string[]).filter((s) => fold(s).includes(q));
    // The union by keys: Dexie's or() with limit() returned too few rows in Chromium.
    const ids = new Set([...(await ofTopics(db, topicIds).primaryKeys()), ...((await db.estimates.where('source').anyOf(sources).primaryKeys()) as string[])]);
    total = ids.size;
    rows = (await db.estimates.bulkGet([...ids].slice(0, limit))).filter((r): r is EstimateRow => r !== undefined);
  }
  const byTopic = new Map<string, EstimateRow[]>();
  for (const r of rows) {
    const list = byTopic.get(r.topic);
    if (list) list.push(r);
    else byTopic.set(r.topic, [r]);
  }
  const out = [...byTopic]
    .map(([id, list]) => ({
      id,
      name: names.get(id) ?? id,
      estimates: list.sort((a, b) => b.published.localeCompare(a.published) || a.source.localeCompare(b.source)).map(readerEstimate),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { total, shown: rows.length, topics: out };
}
