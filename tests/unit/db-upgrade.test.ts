import Dexie from 'dexie';
import { expectTablesMatchRows, rowById, rowCount } from './db-rows';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../utils/dataset/read-files';
import { toRecords } from '../../utils/dataset/schema';
import { BLOCK_ROWS, CrosscountDB, installBundled, ofOrigin } from '../../utils/db/database';

const topics = readDataset();
const records = toRecords(topics);


describe('schema upgrade', () => {
  it('opens a version-1 database and keeps every one of the reader\'s rows, through a dataset update too', async () => {
    const name = `v1-${Math.random()}`;
    // The schema as version 1 of the extension shipped it, nothing of the current class.
    const v1 = new Dexie(name);
    v1.version(1).stores({ topics: 'id', estimates: 'id, topic, origin', meta: 'key' });
    await v1.table('topics').bulkPut(topics.map(({ estimates: _e, ...t }) => t));
    await v1.table('estimates').bulkPut(records.map((r) => ({ ...r, origin: 'bundled' })));
    const userRows = Array.from({ length: 300 }, (_, i) => ({ ...records[i % records.length]!, id: `mine-${i}`, source: `My source ${i % 7}`, value: i, origin: 'user' }));
    // A bundled row the reader changed, stored under its bundled id.
    userRows.push({ ...records[0]!, value: 999_999, origin: 'user' });
    await v1.table('estimates').bulkPut(userRows);
    // A row without an origin, as an older build might have written.
    await v1.table('estimates').put({ ...records[1]!, id: 'no-origin', value: 5 });
    await v1.table('meta').put({ key: 'datasetVersion', value: 'old' });
    v1.close();

    const db = new CrosscountDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    for (const r of userRows) expect(await rowById(db, r.id)).toEqual(r);
    expect(await rowById(db, 'no-origin')).toMatchObject({ origin: 'user', value: 5 });
    // Stored in blocks of one origin and topic.
    const blocks = await db.blocks.toArray();
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) {
      expect(b.rows.length).toBeGreaterThan(0);
      expect(b.rows.length).toBeLessThanOrEqual(BLOCK_ROWS);
      for (const r of b.rows) expect([r.origin, r.topic]).toEqual([b.origin, b.topic]);
    }
    await expectTablesMatchRows(db);

    await installBundled(db, topics, 'new');
    for (const r of userRows) expect(await rowById(db, r.id)).toEqual(r);
    expect((await ofOrigin(db, 'bundled')).length).toBe(records.length - 1);
    expect(await rowCount(db)).toBe(records.length - 1 + userRows.length + 1);
    await expectTablesMatchRows(db);
    db.close();
  });
});
