import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (cli: string, args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'utils', 'cli', `${cli}.ts`), ...args], { input, cwd: ROOT, encoding: 'utf8' });

describe('detect CLI', () => {
  it('prints claims as JSON with the contract fields', () => {
    const r = run('detect', [], 'At least 40 civilians were killed and 120 wounded.');
    expect(r.status).toBe(0);
    const claims = JSON.parse(r.stdout);
    expect(claims).toHaveLength(2);
    expect(Object.keys(claims[0]).sort()).toEqual(['end', 'high', 'lang', 'low', 'metric', 'population', 'qualifier', 'start', 'text', 'value'].sort());
    expect(claims[1]).toMatchObject({ text: '120', metric: 'injured' });
  });
  it('processes good JSONL lines and names the bad ones', () => {
    const r = run('detect', ['--jsonl'], '{"id":"a","text":"12 soldiers were killed."}\nnot json\n{"id":"b"}\n');
    expect(r.status).not.toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 'a', claims: [{ value: 12, population: 'soldiers' }] });
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr).toMatch(/line 3/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
  it('refuses a missing file and invalid UTF-8 with a message, not a stack trace', () => {
    const missing = run('detect', ['/no/such/file.txt']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file/);
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    const bad = run('detect', [join(dir, 'bad.txt')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/not valid UTF-8/);
  });
});

describe('annotate and dataset:export CLIs', () => {
  it('annotates a claim with its topic and alternatives', () => {
    const r = run('annotate', ['--jsonl'], JSON.stringify({ id: 1, text: 'Airwars said coalition strikes on the Islamic State group in Iraq and Syria had killed 3,200 civilians since Operation Inherent Resolve began.', published: '2017-05-04' }) + '\n');
    expect(r.status).toBe(0);
    const [claim] = JSON.parse(r.stdout).claims;
    expect(claim.topic.id).toBe('oir-coalition-iraq-syria');
    expect(Object.keys(claim.alternatives[0]).sort()).toEqual(['high', 'low', 'metric', 'periodEnd', 'periodStart', 'population', 'published', 'source', 'sourceKind', 'url', 'value'].sort());
  });
  it('exports every estimate with its topic and URL', () => {
    const r = run('dataset-export', []);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatchObject({ topic: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
  });
});
