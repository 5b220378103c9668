import Dexie, { type Table } from 'dexie';
import type { EstimateRecord, Topic } from '../dataset/schema';
import { toRecords } from '../dataset/schema';
import { tableOf, type EstimateTable } from '../match/estimate-table';
import { topicInfo, type TopicInfo } from '../match/topic';

/** Where an estimate came from: the bundled dataset (replaced on update) or the reader. */
export type Origin = 'bundled' | 'user';
export const ORIGINS: readonly Origin[] = ['bundled', 'user'];

export interface EstimateRow extends EstimateRecord {
  origin: Origin;
}

/**
 * Up to BLOCK_ROWS estimates of one origin and topic, stored as one record. IndexedDB costs
 * about 0.1 ms per record written or read in Chromium, whatever its size: a 100,000-row import
 * is 200 records, not 100,000, and a topic's rows are read in a few gets.
 */
export interface RowBlock {
  origin: Origin;
  topic: string;
  n: number;
  rows: EstimateRow[];
}
export const BLOCK_ROWS = 500;

/** A topic's estimates of both origins in columns, for the comparisons (see EstimateTable); rebuilt with every write to the topic's blocks. */
export interface TableRow {
  topic: string;
  table: EstimateTable;
}

/** How many rows of each origin a topic has: the options page's totals without reading the rows. Kept with the tables. */
export interface CountRow {
  topic: string;
  bundled: number;
  user: number;
}

export interface MetaRow {
  key: string;
  value: string;
}

/** The extension's database; it lives in the background, in the extension's origin. */
export class CrosscountDB extends Dexie {
  topics!: Table<TopicInfo, string>;
  blocks!: Table<RowBlock, [Origin, string, number]>;
  topicTables!: Table<TableRow, string>;
  rowCounts!: Table<CountRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'crosscount') {
    super(name);
    this.version(1).stores({ topics: 'id', estimates: 'id, topic, origin', meta: 'key' });
    // 2: one [origin+topic] index instead of two, and a source index. A row without a known
    // origin is taken as the reader's: keeping a stale bundled row beats losing theirs.
    this.version(2)
      .stores({ estimates: 'id, [origin+topic], source' })
      .upgrade((tx) =>
        tx
          .table('estimates')
          .toCollection()
          .modify((e: Partial<EstimateRow>) => {
            if (e.origin !== 'bundled' && e.origin !== 'user') e.origin = 'user';
          }),
      );
    // 3: rows in blocks (see RowBlock); an import of 100,000 rows spent most of its time on
    // per-record writes and index upkeep. 4 drops the table of single rows once it is copied.
    this.version(3)
      .stores({ blocks: '[origin+topic+n]' })
      .upgrade(async (tx) => {
        const rows = (await tx.table('estimates').toArray()) as EstimateRow[];
        await tx.table('blocks').bulkPut(blocksOf(rows));
      });
    this.version(4).stores({ estimates: null });
    // 5: each topic's estimates in columns, for the comparisons (see TableRow), and its row counts.
    this.version(5)
      .stores({ topicTables: 'topic', rowCounts: 'topic' })
      .upgrade(async (tx) => {
        const rows = rowsOfBlocks((await tx.table('blocks').toArray()) as RowBlock[]);
        const topics = [...byTopic(rows)];
        await tx.table('topicTables').bulkPut(topics.map(([topic, list]) => tableRow(topic, list)));
        await tx.table('rowCounts').bulkPut(topics.map(([topic, list]) => countRow(topic, list)));
      });
  }
}

/** Rows cut into blocks by origin and topic, in id order. */
function blocksOf(rows: EstimateRow[]): RowBlock[] {
  const groups = new Map<string, EstimateRow[]>();
  for (const r of [...rows].sort(byId)) {
    const key = `${r.origin}\u0000${r.topic}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: RowBlock[] = [];
  for (const g of groups.values()) {
    for (let n = 0; n * BLOCK_ROWS < g.length; n++) out.push({ origin: g[0]!.origin, topic: g[0]!.topic, n, rows: g.slice(n * BLOCK_ROWS, (n + 1) * BLOCK_ROWS) });
  }
  return out;
}

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const rowsOfBlocks = (blocks: RowBlock[]) => blocks.flatMap((b) => b.rows);
// Keys compare element by element and an array sorts after any string or number: [o] … [o, []]
// holds every key of origin o.
const topicRange = (origin: Origin, topic: string) => [[origin, topic], [origin, topic, []]] as const;
const originRange = (origin: Origin) => [[origin], [origin, []]] as const;

/** The estimates of one origin. */
export async function ofOrigin(db: CrosscountDB, origin: Origin): Promise<EstimateRow[]> {
  return rowsOfBlocks(await db.blocks.where('[origin+topic+n]').between(...originRange(origin)).toArray());
}

/** The estimates of some topics, whatever their origin. */
export async function ofTopics(db: CrosscountDB, topics: string[]): Promise<EstimateRow[]> {
  const out: EstimateRow[] = [];
  for (const t of topics) {
    for (const o of ORIGINS) out.push(...rowsOfBlocks(await db.blocks.where('[origin+topic+n]').between(...topicRange(o, t)).toArray()));
  }
  return out;
}

/** Every estimate. */
export async function allRows(db: CrosscountDB): Promise<EstimateRow[]> {
  return rowsOfBlocks(await db.blocks.toArray());
}

/** The ids of the topics that have the reader's estimates, read from the keys alone. */
async function userTopics(db: CrosscountDB): Promise<Set<string>> {
  const keys = (await db.blocks.where('[origin+topic+n]').between(...originRange('user')).primaryKeys()) as [Origin, string, number][];
  return new Set(keys.map(([, t]) => t));
}

/**
 * Replaces the rows of `origin` in the topics of `byTopic` with the given ones, and those topics'
 * tables. Call inside a transaction over blocks and tables.
 */
export async function replaceRows(db: CrosscountDB, origin: Origin, byTopic: Map<string, EstimateRow[]>): Promise<void> {
  if (byTopic.size === 0) return;
  for (const topic of byTopic.keys()) await db.blocks.where('[origin+topic+n]').between(...topicRange(origin, topic)).delete();
  await db.blocks.bulkPut(blocksOf([...byTopic.values()].flat()));
  await rebuildTables(db, [...byTopic.keys()]);
}

/** The table of a topic's rows, in id order. */
const tableRow = (topic: string, rows: EstimateRow[]): TableRow => ({ topic, table: tableOf([...rows].sort(byId)) });
const countRow = (topic: string, rows: EstimateRow[]): CountRow => {
  const user = rows.filter((r) => r.origin === 'user').length;
  return { topic, bundled: rows.length - user, user };
};

/** Rebuilds the tables and counts of some topics from their blocks (a topic left without rows loses them). */
async function rebuildTables(db: CrosscountDB, topics: Iterable<string>): Promise<void> {
  for (const topic of topics) {
    const rows = await ofTopics(db, [topic]);
    if (rows.length) {
      await db.topicTables.put(tableRow(topic, rows));
      await db.rowCounts.put(countRow(topic, rows));
    } else {
      await db.topicTables.delete(topic);
      await db.rowCounts.delete(topic);
    }
  }
}

/** How many estimates there are of each origin, from the counts kept per topic. */
export async function rowTotals(db: CrosscountDB): Promise<Record<Origin, number>> {
  const totals = { bundled: 0, user: 0 };
  for (const c of await db.rowCounts.toArray()) {
    totals.bundled += c.bundled;
    totals.user += c.user;
  }
  return totals;
}

/** The first `limit` estimates or a few more, in stored order (bundled, then the reader's; by topic): reads no further blocks than it needs. */
export async function firstRows(db: CrosscountDB, limit: number): Promise<EstimateRow[]> {
  const rows: EstimateRow[] = [];
  await db.blocks.toCollection().until(() => rows.length >= limit).each((b) => {
    rows.push(...b.rows);
  });
  return rows;
}

/** Some topics' tables in one read, in the order asked; undefined for a topic without estimates. */
export async function tablesOfTopics(db: CrosscountDB, topics: string[]): Promise<(EstimateTable | undefined)[]> {
  return (await db.topicTables.bulkGet(topics)).map((r) => r?.table);
}

/** Rows grouped by topic. */
export function byTopic(rows: EstimateRow[]): Map<string, EstimateRow[]> {
  const m = new Map<string, EstimateRow[]>();
  for (const r of rows) {
    const list = m.get(r.topic);
    if (list) list.push(r);
    else m.set(r.topic, [r]);
  }
  return m;
}

/**
 * Writes the bundled dataset: bundled estimates are replaced, the reader's own are kept, all in
 * one transaction so that a failure leaves the previous data whole.
 */
export async function installBundled(db: CrosscountDB, topics: Topic[], version: string): Promise<void> {
  await db.transaction('rw', db.topics, db.blocks, db.topicTables, db.rowCounts, db.meta, () => writeBundled(db, topics, version));
}

/** Removes the reader's rows and puts the bundled dataset back as it shipped, in one transaction. */
export async function resetToBundled(db: CrosscountDB, topics: Topic[], version: string): Promise<number> {
  return db.transaction('rw', db.topics, db.blocks, db.topicTables, db.rowCounts, db.meta, async () => {
    const removed = (await ofOrigin(db, 'user')).length;
    await db.blocks.clear();
    await writeBundled(db, topics, version);
    return removed;
  });
}

/** Call inside a transaction over topics, blocks, tables and meta. */
async function writeBundled(db: CrosscountDB, topics: Topic[], version: string): Promise<void> {
  const userRows = await ofOrigin(db, 'user');
  const userIds = new Set(userRows.map((r) => r.id));
  // A bundled row the reader has changed stays theirs: the bundled one is not written.
  const rows: EstimateRow[] = toRecords(topics)
    .filter((r) => !userIds.has(r.id))
    .map((r) => ({ ...r, origin: 'bundled' }));
  await db.blocks.where('[origin+topic+n]').between(...originRange('bundled')).delete();
  await db.blocks.bulkPut(blocksOf(rows));
  const all = [...byTopic([...rows, ...userRows])];
  await db.topicTables.clear();
  await db.topicTables.bulkPut(all.map(([topic, list]) => tableRow(topic, list)));
  await db.rowCounts.clear();
  await db.rowCounts.bulkPut(all.map(([topic, list]) => countRow(topic, list)));
  // The matcher's view of each topic, with the populations its estimates count.
  const infos: TopicInfo[] = topics.map(topicInfo);
  // What is left outside the new bundled topics is the reader's: keep the topics their rows need.
  const bundledTopicIds = new Set(infos.map((i) => i.id));
  const used = await userTopics(db);
  const keep = (await db.topics.toArray()).filter((t) => used.has(t.id) && !bundledTopicIds.has(t.id));
  await db.topics.clear();
  await db.topics.bulkPut([...infos, ...keep]);
  await db.meta.put({ key: 'datasetVersion', value: version });
}

export async function datasetVersion(db: CrosscountDB): Promise<string | null> {
  return (await db.meta.get('datasetVersion'))?.value ?? null;
}
