import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, type Topic } from './schema';

/** Node side (CLIs, tests): the same dataset files the extension bundles. */
export const DATASET_DIR = join(import.meta.dirname, '..', '..', 'assets', 'dataset');

export function readTopicFiles(dir = join(DATASET_DIR, 'topics')): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    out[f] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

export function readDataset(): Topic[] {
  return parseDataset(readTopicFiles());
}
