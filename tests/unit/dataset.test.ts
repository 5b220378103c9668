import { describe, expect, it } from 'vitest';
import { readDataset, readTopicFiles } from '../../utils/dataset/read-files';
import { DatasetError, parseDataset, toRecords } from '../../utils/dataset/schema';

const topics = readDataset();

describe('bundled dataset', () => {
  it('validates, with the seed topic present', () => {
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.map((t) => t.id)).toContain('oir-coalition-iraq-syria');
  });
  it('has every figure checked twice, by two different people', () => {
    for (const e of toRecords(topics).map((r) => r.id)) expect(e).toBeTruthy();
    for (const t of topics) for (const e of t.estimates) {
      expect(new Set(e.checks.map((c) => c.by)).size, `${t.id}/${e.id}`).toBeGreaterThanOrEqual(2);
    }
  });
  it('has the coalition, Airwars and another monitor at two or more dates for the seed topic', () => {
    const oir = topics.find((t) => t.id === 'oir-coalition-iraq-syria')!;
    const dates = (pred: (s: string) => boolean) => new Set(oir.estimates.filter((e) => pred(e.source)).map((e) => e.published)).size;
    expect(dates((s) => /coalition|CJTF/i.test(s))).toBeGreaterThanOrEqual(2);
    expect(dates((s) => /Airwars/.test(s))).toBeGreaterThanOrEqual(2);
    expect(dates((s) => /SOHR|SNHR/.test(s))).toBeGreaterThanOrEqual(2);
  });
});

describe('schema', () => {
  const good = Object.values(readTopicFiles())[0] as { estimates: Record<string, unknown>[] };
  const broken = (patch: Record<string, unknown>) => {
    const copy = structuredClone(good);
    copy.estimates[0] = { ...copy.estimates[0], ...patch };
    return () => parseDataset({ 'bad.json': copy });
  };
  it.each([
    [{ sourceKind: 'blog' }, /bad\.json: estimates\.0\.sourceKind/],
    [{ periodStart: '2020-01-01', periodEnd: '2019-01-01' }, /bad\.json: estimates\.0\.periodEnd: the period ends before it starts/],
    [{ low: 10, high: 5 }, /bad\.json: estimates\.0\.low: low is greater than high/],
    [{ url: 'http://example.org/x' }, /bad\.json: estimates\.0\.url: must be an https URL/],
    [{ published: undefined }, /bad\.json: estimates\.0\.published/],
  ])('rejects %o naming the file and field', (patch, message) => {
    expect(broken(patch)).toThrow(DatasetError);
    expect(broken(patch)).toThrow(message);
  });
  it('rejects duplicate estimate ids across files', () => {
    expect(() => parseDataset({ 'a.json': good, 'b.json': { ...structuredClone(good), id: 'other-topic' } })).toThrow(/duplicate estimate id/);
  });
});
