import { allRows, type CrosscountDB, type EstimateRow } from '../../utils/db/database';

/** The row with this id; an id stored twice (a bundled row and the reader's version of it) fails. */
export async function rowById(db: CrosscountDB, id: string): Promise<EstimateRow | undefined> {
  const rows = (await allRows(db)).filter((r) => r.id === id);
  if (rows.length > 1) throw new Error(`${rows.length} rows with id ${id}`);
  return rows[0];
}

export const rowCount = async (db: CrosscountDB) => (await allRows(db)).length;
