import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedId, parseImport, planImport, problemPlace, type ImportContext } from '../../utils/dataset/import';
import { readDataset } from '../../utils/dataset/read-files';
import { toRecords, type EstimateRecord } from '../../utils/dataset/schema';

const ROOT = join(import.meta.dirname, '..', '..');
const exported = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'utils', 'cli', 'dataset-export.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
const bundled = toRecords(readDataset());
const ctx = (userIds: string[] = []): ImportContext => ({
  topicIds: new Set(bundled.map((r) => r.topic)),
  bundled: new Map(bundled.map((r) => [r.id, r])),
  userIds: new Set(userIds),
});

const row = (over: Record<string, unknown> = {}) => ({
  topic: 'oir-coalition-iraq-syria', source: 'My local monitor', sourceKind: 'monitor', metric: 'killed', population: 'civilians',
  value: 120, low: null, high: null, periodStart: '2016-01-01', periodEnd: '2016-12-31', published: '2017-01-15',
  url: 'https://example.org/report', id: 'my-row-1', method: 'documented_count', note: 'My own count.', ...over,
});

const HEADER = 'topic,source,sourceKind,metric,population,value,low,high,periodStart,periodEnd,published,url,id,method,note';

describe('JSON import', () => {
  it('reads back everything dataset:export prints, and finds it identical to the bundled data', () => {
    const parsed = parseImport(exported, 'json');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(bundled.length);
    const plan = planImport(parsed, ctx());
    expect(plan).toMatchObject({ problems: [], added: 0, overridden: 0, unchanged: bundled.length });
    expect(plan.put).toEqual([]);
  });
  it('names each bad row by its array index, with the field and the reason', () => {
    const parsed = parseImport(JSON.stringify([row(), row({ id: 'b', value: -3 }), row({ id: 'c', url: 'http://example.org' }), 'x', row({ id: 'd', periodEnd: '2015-01-01' })]), 'json');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.problems.map((p) => [problemPlace(p), p.message])).toEqual([
      ['[1]', expect.stringMatching(/^value: .*0/)],
      ['[2]', 'url: must be an https URL'],
      ['[3]', expect.stringMatching(/Invalid type/)],
      ['[4]', 'periodEnd: the period ends before it starts'],
    ]);
  });
  it('says what is wrong with a file that is not a JSON array', () => {
    expect(parseImport('{"a":1}', 'json').problems).toEqual([{ message: expect.stringMatching(/must be a JSON array/) }]);
    expect(parseImport('[{"a":1},', 'json').problems[0]!.message).toMatch(/^not JSON/);
  });
  it('derives a stable id for a row without one, and takes a missing note as empty', () => {
    const { id: _id, note: _note, ...bare } = row();
    const a = parseImport(JSON.stringify([bare]), 'json').rows[0]!;
    const b = parseImport(JSON.stringify([{ ...bare, value: 130 }]), 'json').rows[0]!;
    expect(a.derivedId).toBe(true);
    expect(a.record.note).toBe('');
    expect(a.record.id).toMatch(/^oir-coalition-iraq-syria-u[a-z0-9]+$/);
    // The same figure, corrected, keeps its id so that it replaces the first import.
    expect(b.record.id).toBe(a.record.id);
    expect(derivedId({ ...a.record, published: '2017-01-16' })).not.toBe(a.record.id);
  });
});

describe('CSV import', () => {
  it('reads the same columns as JSON, numbers with thousands separators, empty cells as null', () => {
    const csv = `${HEADER}\noir-coalition-iraq-syria,"Monitor, local",monitor,killed,civilians,"3,200",,,2016-01-01,2016-12-31,2017-01-15,https://example.org/r,my-1,documented_count,"A note, with a comma."\n`;
    const parsed = parseImport(csv, 'csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ line: 2, record: { source: 'Monitor, local', value: 3200, low: null, high: null, note: 'A note, with a comma.' } });
  });
  it('matches headers regardless of case and allows the id and note columns to be left out', () => {
    const csv = 'TOPIC,source,sourcekind,metric,population,value,low,high,periodstart,periodend,published,url,method\noir-coalition-iraq-syria,M,monitor,killed,civilians,5,,,2016-01-01,2016-12-31,2017-01-15,https://example.org/r,documented_count\n';
    const parsed = parseImport(csv, 'csv');
    expect(parsed.problems).toEqual([{ line: 2, message: expect.stringMatching(/^source: /) }]);
    const ok = parseImport(csv.replace(',M,', ',Mine,'), 'csv');
    expect(ok.problems).toEqual([]);
    expect(ok.rows[0]!.record).toMatchObject({ source: 'Mine', periodStart: '2016-01-01', note: '' });
  });
  it('names each bad row by its line in the file, counting lines inside quoted fields', () => {
    const good = 'oir-coalition-iraq-syria,Mine,monitor,killed,civilians,5,,,2016-01-01,2016-12-31,2017-01-15,https://example.org/r';
    const csv = [
      HEADER,
      `${good},a1,documented_count,"two\nlines"`,
      `${good.replace(',5,', ',five,')},a2,documented_count,x`,
      `${good.replace('killed', 'dead')},a3,documented_count,x`,
      `${good},a4,documented_count`,
      '',
      `${good.replace(',5,,,', ',,,,')},a5,documented_count,x`,
    ].join('\n');
    const parsed = parseImport(csv, 'csv');
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'value: must be a whole number or empty (got "five")'],
      [5, expect.stringMatching(/^metric: /)],
      [6, 'has 14 fields, the header has 15'],
      [8, 'value: needs a value or a range'],
    ]);
  });
  it('rejects a header with unknown or missing columns before reading any row', () => {
    const parsed = parseImport('topic,source,colour\nx,y,z\n', 'csv');
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.map((p) => p.line)).toEqual([1, 1]);
    expect(parsed.problems[0]!.message).toMatch(/unknown column "colour"/);
    expect(parsed.problems[1]!.message).toMatch(/missing columns sourceKind, metric/);
  });
  it('reports an unclosed quote with its line', () => {
    expect(parseImport(`${HEADER}\n"open`, 'csv').problems).toEqual([{ line: 2, message: 'a quoted field is not closed' }]);
  });
});

describe('import planning', () => {
  const parsedOf = (rows: unknown[]) => parseImport(JSON.stringify(rows), 'json');
  const first = bundled[0]!;
  const asRow = (r: EstimateRecord) => {
    const { userAdded: _u, ...rest } = r;
    return rest;
  };

  it('sorts rows into added, replaced, overridden and unchanged', () => {
    const plan = planImport(parsedOf([row(), row({ id: 'mine-before' }), asRow(first), { ...asRow(bundled[1]!), value: 1 }]), ctx(['mine-before']));
    expect(plan).toMatchObject({ problems: [], added: 1, replaced: 1, overridden: 1, unchanged: 1 });
    expect(plan.put.map((r) => r.id)).toEqual(['my-row-1', 'mine-before', bundled[1]!.id]);
  });
  it('refuses rows of unknown topics and ids given twice, naming both places', () => {
    const plan = planImport(parsedOf([row(), row({ topic: 'atlantis' }), row()]), ctx());
    expect(plan.problems).toEqual([
      { index: 1, message: 'topic: no topic "atlantis" in the dataset' },
      { index: 2, message: 'id: duplicate id "my-row-1" (also at [0])' },
    ]);
  });
  it('explains a duplicate of a row without id in its own words', () => {
    const { id: _id, ...bare } = row();
    const plan = planImport(parsedOf([bare, { ...bare, value: 9 }]), ctx());
    expect(plan.problems).toEqual([{ index: 1, message: expect.stringMatching(/^the same topic, source, .* as \[0\]/) }]);
  });
  it('keeps problems found while reading in line order with those found in planning', () => {
    const csv = `${HEADER}\noir-coalition-iraq-syria,Mine,monitor,killed,civilians,5,,,2016-01-01,2016-12-31,2017-01-15,https://example.org/r,a1,documented_count,x\natlantis,Mine,monitor,killed,civilians,5,,,2016-01-01,2016-12-31,2017-01-15,https://example.org/r,a2,documented_count,x\noir-coalition-iraq-syria,Mine,monitor,killed,civilians,x,,,2016-01-01,2016-12-31,2017-01-15,https://example.org/r,a3,documented_count,x\n`;
    const plan = planImport(parseImport(csv, 'csv'), ctx());
    expect(plan.problems.map((p) => p.line)).toEqual([3, 4]);
  });
});
