import { rowById, rowCount } from './db-rows';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../utils/dataset/read-files';
import { allRows, CrosscountDB, installBundled, replaceRows } from '../../utils/db/database';
import { RequestHandler } from '../../utils/db/handle';
import { detectClaims } from '../../utils/detect/detect';
import { placeOf } from '../../utils/match/annotate';
import type { DatasetInfo } from '../../utils/messages';
import { annotateVia } from './annotate-answer';

const topics = readDataset();
let db: CrosscountDB;

beforeEach(async () => {
  db = new CrosscountDB(`test-${Math.random()}`);
  await installBundled(db, topics, 'v1');
});

describe('database', () => {
  it('installs the bundled dataset', async () => {
    expect(await db.topics.count()).toBe(topics.length);
    expect(await rowCount(db)).toBe(topics.reduce((n, t) => n + t.estimates.length, 0));
    // The matcher in the browser sees what the CLI sees: who each topic's estimates count.
    expect((await db.topics.get('russia-ukraine-military'))?.populations).toContain('soldiers');
  });
  it('keeps what the reader added when the bundled dataset is updated', async () => {
    const mine = { ...(await allRows(db))[0]!, id: 'my-figure', origin: 'user' as const, value: 7 };
    await replaceRows(db, 'user', new Map([[mine.topic, [mine]]]));
    await installBundled(db, topics, 'v2');
    expect(await rowById(db, 'my-figure')).toMatchObject({ value: 7, origin: 'user' });
  });
});

describe('messages', () => {
  it('annotates a batch of claims with the topic and other sources', async () => {
    const handler = new RequestHandler(db, '2026-11-24');
    const text = 'The US-led coalition said its strikes against the Islamic State group in Iraq and Syria had killed at least 352 civilians since Operation Inherent Resolve began.';
    const claims = detectClaims(text).map((claim, i) => ({ key: `k${i}`, claim, ...placeOf(text, claim.start, claim.end) }));
    const res = await annotateVia(handler, {
      page: { title: 'Coalition admits civilian deaths', url: 'https://news.example/2017/05/coalition', published: '2017-05-02', text },
      claims,
    });
    expect(res.claims).toHaveLength(1);
    const c = res.claims[0]!;
    expect(c.key).toBe('k0');
    expect(c.topic?.id).toBe('oir-coalition-iraq-syria');
    const airwars = c.alternatives.find((a) => a.source === 'Airwars');
    expect(airwars).toBeDefined();
    // For a page of May 2017, the comparison uses Airwars' figure of that time, not a later one.
    expect(airwars!.published <= '2017-12-31').toBe(true);
    expect(c.alternatives.every((a) => a.url.startsWith('https://'))).toBe(true);
  });
  it('shows no comparison for a claim no topic matches', async () => {
    const handler = new RequestHandler(db, '2026-11-24');
    const text = 'Three people were killed when a bus overturned on a mountain road, police said.';
    const claims = detectClaims(text).map((claim, i) => ({ key: `k${i}`, claim, ...placeOf(text, claim.start, claim.end) }));
    const res = await annotateVia(handler, { page: { title: '', url: '', published: null, text }, claims });
    expect(res.claims[0]!.topic).toBeNull();
    expect(res.claims[0]!.alternatives).toEqual([]);
  });
  it('sends each estimate once however many claims it stands beside', async () => {
    const handler = new RequestHandler(db, '2026-11-24');
    const text = [
      'The US-led coalition said its strikes on the Islamic State group had killed at least 352 civilians since Operation Inherent Resolve began.',
      'Airwars, a monitor, put the number of civilians killed by coalition strikes at more than 3,000.',
      'Coalition strikes killed 12 children in Raqqa province, local activists said.',
      'Coalition strikes on Mosul killed 105 civilians in one raid, the US military said.',
    ].join('\n');
    const claims = detectClaims(text).map((claim, i) => ({ key: `k${i}`, claim, ...placeOf(text, claim.start, claim.end) }));
    const { res, claims: got } = await annotateVia(handler, { page: { title: 'Coalition strikes', url: 'https://news.example/2017/05/strikes', published: '2017-05-02', text }, claims });
    expect(got.filter((c) => c.alternatives.length > 0).length).toBeGreaterThanOrEqual(3);
    // Claims that share a comparison share its entries, and no entry of the table is sent twice.
    const refs = res.claims.flatMap((m) => m.alternatives);
    expect(refs.length).toBeGreaterThan(res.alternatives.length);
    expect(new Set(res.alternatives.map((a) => JSON.stringify(a))).size).toBe(res.alternatives.length);
    expect(new Set(refs).size).toBe(res.alternatives.length);
    expect(got.every((c) => c.alternatives.every((a) => a && a.url.startsWith('https://')))).toBe(true);
  });
  it('reports the dataset version', async () => {
    const info = (await new RequestHandler(db, '2026-11-24').handle({ type: 'datasetInfo' })) as DatasetInfo;
    expect(info).toMatchObject({ version: 'v1', date: '2026-11-24', topics: topics.length });
  });
});
