/** The options page's work on the database: browse, import, export. */
import { planImport, type ParsedImport } from '../dataset/import';
import type { BrowseResponse, ImportResponse, ReaderEstimate } from '../messages';
import { foldWord } from '../text/fold';
import { allRows, byTopic, firstRows, ofOrigin, replaceRows, rowTotals, type CrosscountDB, type EstimateRow } from './database';

/** Problems sent back to the page: enough to fix a file, not a 100,000-line message. */
export const MAX_PROBLEMS = 200;

/**
 * Writes an import as the reader's rows, all or nothing: the checks against the database and the
 * writes share one transaction, and any problem — in the file or against the database — writes
 * nothing.
 */
export async function importParsed(db: CrosscountDB, parsed: ParsedImport): Promise<ImportResponse> {
  // Planned even when the file has problems already, so that the reader sees all of them at once.
  return db.transaction('rw', db.topics, db.blocks, db.topicTables, db.rowCounts, async () => {
    const topicIds = new Set((await db.topics.toCollection().primaryKeys()) as string[]);
    const bundled = new Map((await ofOrigin(db, 'bundled')).map((r) => [r.id, r]));
    const user = new Map((await ofOrigin(db, 'user')).map((r) => [r.id, r]));
    const plan = planImport(parsed, { topicIds, bundled, userIds: new Set(user.keys()) });
    if (plan.problems.length) return rejected(plan.problems);
    // Blocks are rewritten whole: those of the topics a new row goes to or a replaced row leaves,
    // and the bundled ones that lose a row to the reader's version of it.
    const userTopics = new Set<string>();
    const bundledTopics = new Set<string>();
    for (const r of plan.put) {
      const old = user.get(r.id);
      if (old) userTopics.add(old.topic);
      userTopics.add(r.topic);
      user.set(r.id, { ...r, origin: 'user' });
      const b = bundled.get(r.id);
      if (b) {
        bundledTopics.add(b.topic);
        bundled.delete(r.id);
      }
    }
    await replaceRows(db, 'bundled', rowsOfTopics(bundled.values(), bundledTopics));
    await replaceRows(db, 'user', rowsOfTopics(user.values(), userTopics));
    return { ok: true as const, added: plan.added, replaced: plan.replaced, overridden: plan.overridden, unchanged: plan.unchanged };
  });
}

/** The rows of some topics by topic, with an empty list for a topic left without rows. */
function rowsOfTopics(rows: Iterable<EstimateRow>, topics: Set<string>): Map<string, EstimateRow[]> {
  const out = new Map([...topics].map((t): [string, EstimateRow[]] => [t, []]));
  for (const r of rows) out.get(r.topic)?.push(r);
  return out;
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
  const rows = await allRows(db);
  return rows.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.id < b.id ? -1 : 1)).map(readerEstimate);
}

const fold = (s: string) => foldWord(s.trim());

/**
 * Estimates whose topic (id, name or an alias) or source contains the query, folded (case,
 * Arabic and Hebrew marks); an empty query matches everything.
 */
export async function browse(db: CrosscountDB, query: string, limit = 500): Promise<BrowseResponse> {
  const q = fold(query);
  const topics = await db.topics.toArray();
  const names = new Map(topics.map((t) => [t.id, t.name]));
  // Without a query, the first rows and the counts kept per topic: the page opens on this, and
  // reading 100,000 rows for it took half a second.
  let matching: EstimateRow[];
  if (q) {
    const topicIds = new Set(topics.filter((t) => [t.id, t.name, ...Object.values(t.aliases).flat()].some((s) => fold(s).includes(q))).map((t) => t.id));
    matching = (await allRows(db)).filter((r) => topicIds.has(r.topic) || fold(r.source).includes(q));
  } else matching = await firstRows(db, limit);
  const totals = q ? null : await rowTotals(db);
  const total = totals ? totals.bundled + totals.user : matching.length;
  const rows = matching.slice(0, limit);
  const out = [...byTopic(rows)]
    .map(([id, list]) => ({
      id,
      name: names.get(id) ?? id,
      estimates: list.sort((a, b) => b.published.localeCompare(a.published) || a.source.localeCompare(b.source)).map(readerEstimate),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { total, shown: rows.length, topics: out };
}
