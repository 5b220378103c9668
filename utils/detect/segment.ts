import { candidates, wordMatches, type Entry, type Lexicon } from './lexicon';
import type { Token } from './tokenize';

/**
 * A token stream cut into items: a lexicon phrase (one or more words), or a single token the
 * lexicon does not know. The detector reasons over items, so "at least", "لقوا حتفهم" and
 * "tens of thousands" are one step each.
 */
export interface Item {
  /** Token indices [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  entry: Entry | null;
  token: Token;
  /** The clitic taken off the front to find the entry (و in وعشرات, ו in ועשרות), if any. */
  clitic?: string;
}

const JOINING_PUNCT = new Set(['-', '‐', '‑', "'", '’']);

export function segment(tokens: Token[], lex: Lexicon): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    let best: { entry: Entry; to: number; clitic?: string } | null = null;
    if (t.kind === 'word') best = matchAt(tokens, i, lex);
    const to = best ? best.to : i + 1;
    const item: Item = { from: i, to, start: t.start, end: tokens[to - 1]!.end, entry: best?.entry ?? null, token: t };
    if (best?.clitic) item.clitic = best.clitic;
    items.push(item);
    i = to;
  }
  return items;
}

/** A word's readings: itself, then without each clitic, where the lexicon knows the rest. */
interface Reading {
  clitic: string;
  entries: Entry[];
}
const readingsCache = new WeakMap<Lexicon, Map<string, Reading[]>>();

function readingsOf(word: string, lex: Lexicon): Reading[] {
  let cache = readingsCache.get(lex);
  if (!cache) readingsCache.set(lex, (cache = new Map()));
  let r = cache.get(word);
  if (r) return r;
  r = [];
  const own = candidates(lex, word);
  if (own.length) r.push({ clitic: '', entries: own });
  // Clitics glued to the front: بمقتل → مقتل, والجرحى → جرحى, והרוגים → הרוגים.
  for (const p of lex.proclitics) {
    if (word.length - p.length >= 2 && word.startsWith(p)) {
      const entries = candidates(lex, word.slice(p.length));
      if (entries.length) r.push({ clitic: p, entries });
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, r);
  return r;
}

function matchAt(tokens: Token[], i: number, lex: Lexicon): { entry: Entry; to: number; clitic?: string } | null {
  for (const { clitic, entries } of readingsOf(tokens[i]!.text, lex)) {
    const m = firstMatch(tokens, i, entries);
    if (m) return clitic ? { ...m, clitic } : m;
  }
  return null;
}

const STAR = 42;

function firstMatch(tokens: Token[], i: number, entries: Entry[]): { entry: Entry; to: number } | null {
  // The word after this one, looked up once: most phrases fail on their second word.
  let n = i + 1;
  while (n < tokens.length && tokens[n]!.kind === 'punct' && JOINING_PUNCT.has(tokens[n]!.text)) n++;
  const next = tokens[n]?.kind === 'word' ? tokens[n]!.text : null;
  for (const e of entries) {
    if (e.words.length === 1) return { entry: e, to: i + 1 };
    const w1 = e.words[1]!;
    if (w1 !== next && w1.charCodeAt(0) !== STAR && w1.charCodeAt(w1.length - 1) !== STAR) continue;
    let k = i + 1;
    let ok = true;
    for (let w = 1; w < e.words.length; w++) {
      // Hyphens and apostrophes inside a phrase are skipped: "quatre-vingt", "jusqu'à".
      while (k < tokens.length && tokens[k]!.kind === 'punct' && JOINING_PUNCT.has(tokens[k]!.text)) k++;
      const t = tokens[k];
      if (!t || t.kind !== 'word' || !wordMatches(e.words[w]!, t.text)) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return { entry: e, to: k };
  }
  return null;
}
