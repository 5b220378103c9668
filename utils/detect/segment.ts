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
  /** The clitic taken off the front to find the entry (و in وعشرات, ו in ועשרות), or ''. */
  clitic: string;
}

const JOINING_PUNCT = new Set(['-', '‐', '‑', "'", '’']);

export function segment(tokens: Token[], lex: Lexicon): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const hit = t.kind === 'word' && matchAt(tokens, i, lex);
    const to = hit ? match.to : i + 1;
    // One shape for every item (no property added later): the detector reads millions of them.
    items.push({ from: i, to, start: t.start, end: tokens[to - 1]!.end, entry: hit ? match.entry : null, token: t, clitic: hit ? match.clitic : '' });
    i = to;
  }
  return items;
}

/** The last match found (one at a time: no object per word). */
const match: { entry: Entry | null; to: number; clitic: string } = { entry: null, to: 0, clitic: '' };

/**
 * The entries one reading of a word may begin, indexed by their second word: most phrases fail
 * on it, and a common first word ("در", "in") begins dozens of them.
 */
interface Starts {
  /** Entries whose second word is this exact word, in priority order (with their rank). */
  bySecond: Map<string, Ranked[]>;
  /** Entries whose second word is a prefix or suffix pattern. */
  patterned: Ranked[];
  /** The first one-word entry, which matches whenever no longer phrase does. */
  single: Entry | null;
}
interface Ranked {
  entry: Entry;
  rank: number;
}

/** A word's readings: itself, then without each clitic, where the lexicon knows the rest. */
interface Reading {
  clitic: string;
  starts: Starts;
}
const readingsCache = new WeakMap<Lexicon, Map<string, Reading[]>>();
const startsCache = new WeakMap<Entry[], Starts>();

function startsOf(entries: Entry[]): Starts {
  let st = startsCache.get(entries);
  if (st) return st;
  st = { bySecond: new Map(), patterned: [], single: null };
  entries.forEach((entry, rank) => {
    if (entry.words.length === 1) {
      st!.single ??= entry;
      return;
    }
    const w1 = entry.words[1]!;
    if (w1.charCodeAt(0) === STAR || w1.charCodeAt(w1.length - 1) === STAR) st!.patterned.push({ entry, rank });
    else {
      const list = st!.bySecond.get(w1);
      if (list) list.push({ entry, rank });
      else st!.bySecond.set(w1, [{ entry, rank }]);
    }
  });
  startsCache.set(entries, st);
  return st;
}

function readingsOf(word: string, lex: Lexicon): Reading[] {
  let cache = readingsCache.get(lex);
  if (!cache) readingsCache.set(lex, (cache = new Map()));
  let r = cache.get(word);
  if (r) return r;
  r = [];
  const own = candidates(lex, word);
  if (own.length) r.push({ clitic: '', starts: startsOf(own) });
  // Clitics glued to the front: بمقتل → مقتل, والجرحى → جرحى, והרוגים → הרוגים.
  for (const p of lex.proclitics) {
    if (word.length - p.length >= 2 && word.startsWith(p)) {
      const entries = candidates(lex, word.slice(p.length));
      if (entries.length) r.push({ clitic: p, starts: startsOf(entries) });
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, r);
  return r;
}

/** Whether a lexicon phrase starts at token i; if so, `match` holds it. */
function matchAt(tokens: Token[], i: number, lex: Lexicon): boolean {
  const readings = readingsOf(tokens[i]!.text, lex);
  for (let r = 0; r < readings.length; r++) {
    if (firstMatch(tokens, i, readings[r]!.starts)) {
      match.clitic = readings[r]!.clitic;
      return true;
    }
  }
  return false;
}

const STAR = 42;
const NO_RANKED: Ranked[] = [];

/** The first entry, in priority order, whose words follow token i (into `match`); longer phrases come first. */
function firstMatch(tokens: Token[], i: number, starts: Starts): boolean {
  let n = i + 1;
  while (n < tokens.length && tokens[n]!.kind === 'punct' && JOINING_PUNCT.has(tokens[n]!.text)) n++;
  const next = tokens[n]?.kind === 'word' ? tokens[n]!.text : null;
  const exact = next === null ? NO_RANKED : starts.bySecond.get(next) ?? NO_RANKED;
  const patterned = starts.patterned;
  // Merge the two lists by rank: the order the lexicon sorted its entries in.
  let a = 0;
  let b = 0;
  while (a < exact.length || b < patterned.length) {
    const fromExact = b >= patterned.length || (a < exact.length && exact[a]!.rank < patterned[b]!.rank);
    const { entry } = fromExact ? exact[a++]! : patterned[b++]!;
    const to = follows(tokens, i, entry);
    if (to > 0) {
      match.entry = entry;
      match.to = to;
      return true;
    }
  }
  if (!starts.single) return false;
  match.entry = starts.single;
  match.to = i + 1;
  return true;
}

/** The token index after the phrase when entry's words follow token i, or 0. */
function follows(tokens: Token[], i: number, e: Entry): number {
  let k = i + 1;
  for (let w = 1; w < e.words.length; w++) {
    // Hyphens and apostrophes inside a phrase are skipped: "quatre-vingt", "jusqu'à".
    while (k < tokens.length && tokens[k]!.kind === 'punct' && JOINING_PUNCT.has(tokens[k]!.text)) k++;
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !wordMatches(e.words[w]!, t.text)) return 0;
    k++;
  }
  return k;
}
