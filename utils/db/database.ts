import Dexie, { type Collection, type Table } from 'dexie';
import type { EstimateRecord, Topic } from '../dataset/schema';
import { toRecords } from '../dataset/schema';
import { topicInfo, type TopicInfo } from '../match/topic';

/** Where an estimate came from: the bundled dataset (replaced on update) or the reader. */
export type Origin = 'bundled' | 'user';
export const ORIGINS: readonly Origin[] = ['bundled', 'user'];

export interface EstimateRow extends EstimateRecord {
  origin: Origin;
}

export interface MetaRow {
  key: string;
  value: string;
}

/** The extension's database; it lives in the background, in the extension's origin. */
export class CrosscountDB extends Dexie {
  topics!: Table<TopicInfo, string>;
  estimates!: Table<EstimateRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'crosscount') {
    super(name);
    this.version(1).stores({ topics: 'id', estimates: 'id, topic, origin', meta: 'key' });
    // 2: one [origin+topic] index serves what the topic and origin indexes did (each index costs
    // every write: a 100,000-row import is mostly index upkeep), and a source index lets a search
    // by source skip reading every row. A row without a known origin would be missing from the
    // new index: it is taken as the reader's, as keeping a stale bundled row beats losing theirs.
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
  }
}

/** The estimates of one origin, by topic. */
export function ofOrigin(db: CrosscountDB, origin: Origin): Collection<EstimateRow, string> {
  return db.estimates.where('[origin+topic]').between([origin, Dexie.minKey], [origin, Dexie.maxKey]);
}

/** The estimates of some topics, whatever their origin. */
export function ofTopics(db: CrosscountDB, topics: string[]): Collection<EstimateRow, string> {
  return db.estimates.where('[origin+topic]').anyOf(topics.flatMap((t) => ORIGINS.map((o) => [o, t])));
}

/** The ids of the topics that have estimates, read from the index alone. */
export async function topicsInUse(db: CrosscountDB): Promise<Set<string>> {
  return new Set(((await db.estimates.orderBy('[origin+topic]').uniqueKeys()) as unknown as [Origin, string][]).map(([, t]) => t));
}

/**
 * Writes the bundled dataset: bundled estimates are replaced, the reader's own are kept, all in
 * one transaction so that a failure leaves the previous data whole.
 */
export async function installBundled(db: CrosscountDB, topics: Topic[], version: string): Promise<void> {
  await db.transaction('rw', db.topics, db.estimates, db.meta, () => writeBundled(db, topics, version));
}

/** Removes the reader's rows and puts the bundled dataset back as it shipped, in one transaction. */
export async function resetToBundled(db: CrosscountDB, topics: Topic[], version: string): Promise<number> {
  return db.transaction('rw', db.topics, db.estimates, db.meta, async () => {
    const removed = await ofOrigin(db, 'user').count();
    // Clearing and writing the few bundled rows again is one request; deleting 100,000 rows by
    // key is 100,000 (minutes in Chromium).
    await db.estimates.clear();
    await writeBundled(db, topics, version);
    return removed;
  });
}

/** Call inside a transaction over topics, estimates and meta. */
async function writeBundled(db: CrosscountDB, topics: Topic[], version: string): Promise<void> {
  const rows: EstimateRow[] = toRecords(topics).map((r) => ({ ...r, origin: 'bundled' }));
  // The matcher's view of each topic, with the populations its estimates count.
  const infos: TopicInfo[] = topics.map(topicInfo);
  const userIds = new Set(await ofOrigin(db, 'user').primaryKeys());
  await ofOrigin(db, 'bundled').delete();
  await db.estimates.bulkPut(rows.filter((r) => !userIds.has(r.id)));
  // What is left outside the new bundled topics is the reader's: keep the topics their rows need.
  // Topic keys come from the index, so this does not read the reader's (possibly many) rows.
  const bundledTopicIds = new Set(infos.map((i) => i.id));
  const used = await topicsInUse(db);
  const keep = (await db.topics.toArray()).filter((t) => used.has(t.id) && !bundledTopicIds.has(t.id));
  await db.topics.clear();
  await db.topics.bulkPut([...infos, ...keep]);
  await db.meta.put({ key: 'datasetVersion', value: version });
}

export async function datasetVersion(db: CrosscountDB): Promise<string | null> {
  return (await db.meta.get('datasetVersion'))?.value ?? null;
}
