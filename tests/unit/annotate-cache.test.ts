import { describe, expect, it } from 'vitest';
import { readDataset } from '../../utils/dataset/read-files';
import { allRows, byId, CrosscountDB, installBundled } from '../../utils/db/database';
import { RequestHandler } from '../../utils/db/handle';
import { detectClaims } from '../../utils/detect/detect';
import { annotateOne, claimTopic, pageDateOf, placeOf } from '../../utils/match/annotate';
import { buildTopicIndex } from '../../utils/match/topic';
import type { ImportResponse } from '../../utils/messages';
import { annotateVia } from './annotate-answer';

const topics = readDataset();
// Topics still going on, so that a page of 2024 can be about any of them.
const ongoing = topics.filter((t) => t.periodEnd === null && t.periodStart < '2020-01-01').slice(0, 6);

/** Many rows per topic, with ties (same source, dates) so that the order of rows matters. */
function generated(n: number) {
  const metrics = ['killed', 'killed', 'injured', 'missing', 'killed_or_injured'];
  const pops = ['civilians', 'people', 'children', 'soldiers'];
  return Array.from({ length: n }, (_, i) => {
    const t = ongoing[i % ongoing.length]!;
    return {
      topic: t.id, source: `Source ${i % 13}`, sourceKind: 'monitor', metric: metrics[i % metrics.length], population: pops[i % pops.length],
      value: 10 + i, low: null, high: null, periodStart: t.periodStart, periodEnd: t.periodEnd ?? '2025-01-01',
      published: `${2000 + (i % 25)}-01-0${1 + (i % 3)}`, url: `https://example.org/${i}`, id: `gen-${i}`, method: 'documented_count', note: '',
    };
  });
}

describe('annotate through the background', () => {
  it('gives exactly what reading the database for each claim gives', async () => {
    const db = new CrosscountDB(`test-${Math.random()}`);
    await installBundled(db, topics, 'v1');
    const handler = new RequestHandler(db, '2026-11-24');
    // Copies of bundled rows that tie with them in the ranking and come first in id order.
    const twins = ongoing.flatMap((t) => t.estimates.map(({ checks: _c, ...e }) => ({ ...e, topic: t.id, id: `a-${e.id}`, value: (e.value ?? 0) + 1 })));
    const res = (await handler.handle({ type: 'import', format: 'json', text: JSON.stringify([...generated(3000), ...twins]) })) as ImportResponse;
    expect(res.ok).toBe(true);

    const lines: string[] = [];
    for (const t of ongoing) {
      const alias = t.aliases.en[0]!;
      lines.push(`In the ${alias}, at least 40 civilians were killed and 120 people were wounded.`);
      lines.push(`The ${alias} has left 12 children dead; 7 soldiers are missing, officials said.`);
      lines.push(`The fighting in the ${alias} left 300 casualties.`);
    }
    lines.push('Three people were killed when a bus overturned on a mountain road, police said.');
    const text = lines.join('\n');
    const page = { title: 'The toll', url: 'https://news.example/toll', published: '2024-05-01', text };
    const found = detectClaims(text);
    expect(found.length).toBeGreaterThan(30);

    const claims = found.map((claim, i) => ({ key: `k${i}`, claim, ...placeOf(text, claim.start, claim.end) }));
    // What the background answered before it kept anything: each claim on its own, its topic's
    // rows read from the database in id order.
    const index = buildTopicIndex(await db.topics.toArray());
    const pageDate = pageDateOf(page);
    const expected = [];
    for (const q of claims) {
      const ct = claimTopic(q.claim, q, page, index, pageDate);
      const rows = ct ? (await allRows(db)).filter((e) => e.topic === ct.topic.id).sort(byId) : [];
      expected.push(annotateOne(q.claim, ct, pageDate, rows));
    }
    expect(expected.filter((c) => c.alternatives.length > 0).length).toBeGreaterThan(10);

    // Twice: the second answer comes from what the first kept in memory.
    for (let round = 0; round < 2; round++) {
      const got = await annotateVia(handler, { page, claims });
      expect(got.claims.map(({ key: _k, ...c }) => c)).toEqual(expected);
    }
  });
});
