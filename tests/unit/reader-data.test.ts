import { annotateVia } from './annotate-answer';
import { expectTablesMatchRows, rowById, rowCount } from './db-rows';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../utils/dataset/verify';
import { readDataset } from '../../utils/dataset/read-files';
import { toRecords } from '../../utils/dataset/schema';
import { CrosscountDB, installBundled, ofOrigin, ofTopics, type RowBlock } from '../../utils/db/database';
import { RequestHandler } from '../../utils/db/handle';
import { detectClaims } from '../../utils/detect/detect';
import { placeOf } from '../../utils/match/annotate';
import { mayAsk, type BrowseResponse, type DatasetInfo, type ExportResponse, type ImportResponse, type ResetResponse } from '../../utils/messages';

const topics = readDataset();
const bundledCount = toRecords(topics).length;
let db: CrosscountDB;
let handler: RequestHandler;

const mine = (over: Record<string, unknown> = {}) => ({
  topic: 'oir-coalition-iraq-syria', source: 'Mosul Neighbourhood Count', sourceKind: 'monitor', metric: 'killed', population: 'civilians',
  value: 4321, low: null, high: null, periodStart: '2014-08-08', periodEnd: '2017-04-30', published: '2017-05-01',
  url: 'https://example.org/count', id: 'mine-1', method: 'documented_count', note: 'A count of my own.', ...over,
});

beforeEach(async () => {
  db = new CrosscountDB(`test-${Math.random()}`);
  await installBundled(db, topics, 'v1');
  handler = new RequestHandler(db, '2026-11-24', { bundled: () => ({ topics, version: 'v1' }) });
});

const send = {
  import: (rows: unknown[]) => handler.handle({ type: 'import', format: 'json', text: JSON.stringify(rows) }) as Promise<ImportResponse>,
  info: () => handler.handle({ type: 'datasetInfo' }) as Promise<DatasetInfo>,
};

async function annotate(text: string) {
  const claims = detectClaims(text).map((claim, i) => ({ key: `k${i}`, claim, ...placeOf(text, claim.start, claim.end) }));
  return annotateVia(handler, { page: { title: '', url: '', published: '2017-05-02', text }, claims });
}
const COALITION = 'The US-led coalition said its strikes against the Islamic State group in Iraq and Syria had killed at least 352 civilians since Operation Inherent Resolve began.';

describe('import', () => {
  it('writes the rows as the reader\'s, and the next annotation shows them', async () => {
    // Annotate first, so that whatever the handler keeps from the old data must be forgotten.
    expect((await annotate(COALITION)).claims[0]!.alternatives.map((a) => a.source)).not.toContain('Mosul Neighbourhood Count');
    const res = await send.import([mine()]);
    expect(res).toEqual({ ok: true, added: 1, replaced: 0, overridden: 0, unchanged: 0 });
    expect(await rowById(db, 'mine-1')).toMatchObject({ origin: 'user', value: 4321 });
    expect(await send.info()).toMatchObject({ estimates: bundledCount + 1, userEstimates: 1 });
    expect((await annotate(COALITION)).claims[0]!.alternatives.map((a) => a.source)).toContain('Mosul Neighbourhood Count');
  });
  it('writes nothing when any row is bad, and names every bad row', async () => {
    const before = await rowCount(db);
    const res = await send.import([mine(), mine({ id: 'mine-2', topic: 'atlantis' }), mine({ id: 'mine-3' }), mine({ id: 'mine-4', sourceKind: 'blog' })]);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problemCount).toBe(2);
    expect(res.problems.map((p) => p.index)).toEqual([1, 3]);
    expect(await rowCount(db)).toBe(before);
    expect(await rowById(db, 'mine-1')).toBeUndefined();
  });
  it('writes nothing when the write itself fails half-way', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => mine({ id: `bulk-${i}` }));
    const spy = vi.spyOn(db.blocks, 'bulkPut').mockImplementation((async (items: readonly RowBlock[]) => {
      await db.blocks.put(items[0]!);
      throw new Error('disk full');
    }) as never);
    await expect(send.import(rows)).rejects.toThrow(/disk full/);
    spy.mockRestore();
    expect((await ofOrigin(db, 'user')).length).toBe(0);
    await expectTablesMatchRows(db);
  });
  it('moves a row the reader gives another topic, and keeps one row per id', async () => {
    await send.import([mine(), mine({ id: 'mine-2' })]);
    expect(await send.import([mine({ topic: 'gaza-war-2023', periodStart: '2023-10-07', periodEnd: '2024-01-01', published: '2024-01-02' })])).toMatchObject({ ok: true, replaced: 1 });
    expect(await rowById(db, 'mine-1')).toMatchObject({ topic: 'gaza-war-2023', origin: 'user' });
    expect(await rowById(db, 'mine-2')).toMatchObject({ topic: 'oir-coalition-iraq-syria' });
    expect((await ofTopics(db, ['oir-coalition-iraq-syria'])).filter((r) => r.origin === 'user').map((r) => r.id)).toEqual(['mine-2']);
    await expectTablesMatchRows(db);
  });
  it('stores a large import in blocks, every row once', async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => mine({ id: `bulk-${String(i).padStart(4, '0')}`, value: i }));
    expect(await send.import(rows)).toMatchObject({ ok: true, added: 1234 });
    expect((await ofOrigin(db, 'user')).map((r) => r.value)).toEqual(rows.map((r) => r.value));
    expect((await db.blocks.toArray()).filter((b) => b.origin === 'user').map((b) => b.rows.length)).toEqual([500, 500, 234]);
  });
  it('imports CSV the same way', async () => {
    const csv = 'topic,source,sourceKind,metric,population,value,low,high,periodStart,periodEnd,published,url,method,note\noir-coalition-iraq-syria,Mine,monitor,killed,civilians,12,,,2016-01-01,2016-12-31,2017-01-15,https://example.org/r,documented_count,\n';
    const res = (await handler.handle({ type: 'import', format: 'csv', text: csv })) as ImportResponse;
    expect(res).toMatchObject({ ok: true, added: 1 });
    expect((await ofOrigin(db, 'user'))[0]).toMatchObject({ source: 'Mine', value: 12, note: '' });
  });
  it('re-importing an export changes nothing and keeps the reader\'s rows theirs', async () => {
    await send.import([mine()]);
    const { estimates } = (await handler.handle({ type: 'export' })) as ExportResponse;
    expect(estimates).toHaveLength(bundledCount + 1);
    expect(estimates.find((e) => e.id === 'mine-1')).toMatchObject({ origin: 'user', topic: 'oir-coalition-iraq-syria' });
    expect(estimates.filter((e) => e.origin === 'bundled')).toHaveLength(bundledCount);
    const again = await send.import(estimates);
    expect(again).toEqual({ ok: true, added: 0, replaced: 1, overridden: 0, unchanged: bundledCount });
    expect((await ofOrigin(db, 'user')).length).toBe(1);
  });
});

describe('update from URL', () => {
  const text = JSON.stringify([mine()]);
  const fetchOf = (body: string) => vi.fn(async () => new Response(body));

  it('imports the file when its SHA-256 matches', async () => {
    const f = fetchOf(text);
    handler = new RequestHandler(db, '2026-11-24', { fetch: f });
    const sha = await sha256Hex(new TextEncoder().encode(text));
    const res = (await handler.handle({ type: 'importFromUrl', url: 'https://data.example/mine.json', sha256: sha })) as ImportResponse;
    expect(res).toMatchObject({ ok: true, added: 1 });
    expect(f).toHaveBeenCalledTimes(1);
  });
  it('imports nothing when it does not', async () => {
    handler = new RequestHandler(db, '2026-11-24', { fetch: fetchOf(text.replace('4321', '9999')) });
    const sha = await sha256Hex(new TextEncoder().encode(text));
    const res = (await handler.handle({ type: 'importFromUrl', url: 'https://data.example/mine.json', sha256: sha })) as ImportResponse;
    expect(res).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/SHA-256 is/) }] });
    expect(await rowById(db, 'mine-1')).toBeUndefined();
  });
});

describe('reset', () => {
  it('removes the reader\'s rows and puts back a bundled row they had changed', async () => {
    const bundledRow = (await ofTopics(db, ['oir-coalition-iraq-syria']))[0]!;
    const { origin: _o, userAdded: _u, ...asImported } = bundledRow;
    expect(await send.import([mine(), { ...asImported, value: 1 }])).toMatchObject({ ok: true, added: 1, overridden: 1 });
    expect(await rowById(db, bundledRow.id)).toMatchObject({ origin: 'user', value: 1 });
    await expectTablesMatchRows(db);
    const res = (await handler.handle({ type: 'reset' })) as ResetResponse;
    expect(res.removed).toBe(2);
    expect(await rowById(db, bundledRow.id)).toMatchObject({ origin: 'bundled', value: bundledRow.value });
    expect(await rowById(db, 'mine-1')).toBeUndefined();
    expect(await rowCount(db)).toBe(bundledCount);
    await expectTablesMatchRows(db);
  });
});

describe('browse', () => {
  const browse = (query: string, limit?: number) => handler.handle({ type: 'browse', query, limit }) as Promise<BrowseResponse>;
  it('lists everything, grouped by topic, up to the limit', async () => {
    const all = await browse('', 10);
    expect(all.total).toBe(bundledCount);
    expect(all.shown).toBe(10);
    expect(all.topics.flatMap((t) => t.estimates)).toHaveLength(10);
  });
  it('opens on the first rows of a large dataset and counts all of them', async () => {
    await send.import(Array.from({ length: 1234 }, (_, i) => mine({ id: `bulk-${String(i).padStart(4, '0')}`, value: i })));
    const first = await browse('', 500);
    expect(first).toMatchObject({ total: bundledCount + 1234, shown: 500 });
    // In stored order: every bundled row, then the reader's.
    const ids = first.topics.flatMap((t) => t.estimates.map((e) => e.id));
    expect(ids.filter((id) => id.startsWith('bulk-'))).toHaveLength(500 - bundledCount);
    expect(await send.info()).toMatchObject({ estimates: bundledCount + 1234, userEstimates: 1234 });
  });
  it('finds estimates by source, by topic name and by an alias in another script', async () => {
    await send.import([mine()]);
    const bySource = await browse('neighbourhood COUNT');
    expect(bySource.topics.flatMap((t) => t.estimates.map((e) => [e.id, e.origin]))).toEqual([['mine-1', 'user']]);
    const byName = await browse('Srebrenica');
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.topics.map((t) => t.id)).toEqual(['srebrenica-massacre-1995']);
    const byAlias = await browse('العزم الصلب');
    expect(byAlias.topics.map((t) => t.id)).toContain('oir-coalition-iraq-syria');
    expect(byAlias.topics.every((t) => t.estimates.length > 0)).toBe(true);
    expect((await browse('no such thing at all')).total).toBe(0);
  });
  it('shows every match of a source found in many topics, and counts past the limit', async () => {
    const airwars = toRecords(topics).filter((r) => /airwars/i.test(r.source));
    expect(airwars.length).toBeGreaterThan(3);
    const all = await browse('AIRWARS');
    expect(all).toMatchObject({ total: airwars.length, shown: airwars.length });
    expect(all.topics.flatMap((t) => t.estimates.map((e) => e.id)).sort()).toEqual(airwars.map((r) => r.id).sort());
    const some = await browse('airwars', 2);
    expect(some).toMatchObject({ total: airwars.length, shown: 2 });
  });
});

describe('who may ask', () => {
  const own = 'chrome-extension://abc/';
  it('answers annotations from content scripts, and the reader\'s data only to the extension\'s pages', () => {
    expect(mayAsk('annotate', 'https://news.example/a', own)).toBe(true);
    expect(mayAsk('datasetInfo', 'https://news.example/a', own)).toBe(true);
    for (const type of ['browse', 'import', 'importFromUrl', 'export', 'reset']) {
      expect(mayAsk(type, 'https://news.example/a', own)).toBe(false);
      expect(mayAsk(type, 'https://chrome-extension://abc/', own)).toBe(false);
      expect(mayAsk(type, undefined, own)).toBe(false);
      expect(mayAsk(type, 'chrome-extension://abc/options.html', own)).toBe(true);
    }
    expect(mayAsk('dropTables', 'chrome-extension://abc/options.html', own)).toBe(false);
  });
});
