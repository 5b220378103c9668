import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, Metric, Qualifier } from '../../utils/claim';

/** One labelled claim of the development corpus, located by its span and occurrence. */
export interface GoldClaim {
  span: string;
  nth?: number;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  metric: Metric;
  population: string;
  start: number;
  end: number;
}

export interface Passage {
  id: string;
  lang: Lang;
  text: string;
  claims: GoldClaim[];
  nonClaims: { span: string; nth?: number; why?: string; start: number; end: number }[];
}

export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'detect');

/** Where the nth occurrence of span stands in text, or throws naming the passage. */
export function locate(id: string, text: string, span: string, nth = 1): [number, number] {
  let at = -1;
  for (let n = 0; n < nth; n++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) throw new Error(`${id}: span "${span}" (occurrence ${nth}) is not in the text`);
  }
  return [at, at + span.length];
}

export function loadCorpus(dir = CORPUS_DIR): Passage[] {
  const out: Passage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const p = JSON.parse(line) as Passage;
      if (!p.id || !p.text) throw new Error(`${file}:${i + 1}: a passage needs id and text`);
      p.claims = (p.claims ?? []).map((c) => {
        const [start, end] = locate(p.id, p.text, c.span, c.nth);
        return { ...c, start, end };
      });
      p.nonClaims = (p.nonClaims ?? []).map((c) => {
        const [start, end] = locate(p.id, p.text, c.span, c.nth);
        return { ...c, start, end };
      });
      out.push(p);
    });
  }
  return out;
}
