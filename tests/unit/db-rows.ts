import { expect } from 'vitest';
import type { EstimateTable } from '../../utils/match/estimate-table';
import { allRows, byId, rowTotals, tablesOfTopics, type CrosscountDB, type EstimateRow } from '../../utils/db/database';

/** The row with this id; an id stored twice (a bundled row and the reader's version of it) fails. */
export async function rowById(db: CrosscountDB, id: string): Promise<EstimateRow | undefined> {
  const rows = (await allRows(db)).filter((r) => r.id === id);
  if (rows.length > 1) throw new Error(`${rows.length} rows with id ${id}`);
  return rows[0];
}

export const rowCount = async (db: CrosscountDB) => (await allRows(db)).length;

/**
 * Each topic's table (what the comparisons read) holds its rows of both origins, in id order,
 * and its counts (what the options page shows) count them.
 */
export async function expectTablesMatchRows(db: CrosscountDB) {
  const rows = await allRows(db);
  const ids = [...new Set(rows.map((r) => r.topic))];
  expect(await db.topicTables.count()).toBe(ids.length);
  expect(await db.rowCounts.count()).toBe(ids.length);
  const user = rows.filter((r) => r.origin === 'user').length;
  expect(await rowTotals(db)).toEqual({ bundled: rows.length - user, user });
  for (const topic of ids) {
    const mine = rows.filter((r) => r.topic === topic).sort(byId);
    expect(await db.rowCounts.get(topic)).toEqual({ topic, bundled: mine.filter((r) => r.origin === 'bundled').length, user: mine.filter((r) => r.origin === 'user').length });
    const [table] = (await tablesOfTopics(db, [topic])) as [EstimateTable];
    expect(table.url).toEqual(mine.map((r) => r.url));
    expect([...table.value].map((v) => (Number.isNaN(v) ? null : v))).toEqual(mine.map((r) => r.value));
    expect([...table.source].map((c) => table.strings[c])).toEqual(mine.map((r) => r.source));
  }
}
