import Dexie, { type Table } from 'dexie';
import type { EstimateRecord, Topic } from '../dataset/schema';
import { toRecords } from '../dataset/schema';
import type { TopicInfo } from '../match/topic';

/** Where an estimate came from: the bundled dataset (replaced on update) or the reader. */
export type Origin = 'bundled' | 'user';

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
  }
}

/**
 * Writes the bundled dataset: bundled estimates are replaced, the reader's own are kept, all in
 * one transaction so that a failure leaves the previous data whole.
 */
export async function installBundled(db: CrosscountDB, topics: Topic[], version: string): Promise<void> {
  const rows: EstimateRow[] = toRecords(topics).map((r) => ({ ...r, origin: 'bundled' }));
  const infos: TopicInfo[] = topics.map(({ estimates: _e, ...t }) => t);
  await db.transaction('rw', db.topics, db.estimates, db.meta, async () => {
    const userIds = new Set((await db.estimates.where('origin').equals('user').primaryKeys()) as string[]);
    await db.estimates.where('origin').equals('bundled').delete();
    await db.estimates.bulkPut(rows.filter((r) => !userIds.has(r.id)));
    const userTopics = new Set((await db.estimates.where('origin').equals('user').toArray()).map((e) => e.topic));
    const keep = (await db.topics.toArray()).filter((t) => userTopics.has(t.id) && !infos.some((i) => i.id === t.id));
    await db.topics.clear();
    await db.topics.bulkPut([...infos, ...keep]);
    await db.meta.put({ key: 'datasetVersion', value: version });
  });
}

export async function datasetVersion(db: CrosscountDB): Promise<string | null> {
  return (await db.meta.get('datasetVersion'))?.value ?? null;
}
