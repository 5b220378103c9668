import type { Lang, Metric, Population, Qualifier } from '../claim';
import { foldWord } from '../text/fold';

/**
 * What the detector knows of one language. Every entry is a phrase of one or more words
 * separated by spaces, written as news text writes it (case, diacritics and letter variants do
 * not matter: entries and text are folded alike). A word may end with `*` to match any word
 * that starts with it (morphology: "погиб*" matches погибли, погибших), or start with `*` to
 * match any word that ends with it (German compounds: "*verletzte").
 */
export interface LexiconSource {
  lang: Lang;
  /** Whether a plain space separates digit groups ("12 500") in this language's press. */
  spaceGroups: boolean;
  /** Number words with their values: units, teens, tens, hundreds ("three": 3, "trois": 3). */
  numbers: Record<string, number>;
  /** Words that multiply what comes before them ("thousand": 1000, "ألف": 1000, "тыс": 1000). */
  multipliers: Record<string, number>;
  /** Words that join parts of a spelled-out number ("and" in "one hundred and five"). */
  numberJoiners: string[];
  /** Vague quantities as conventional ranges ("dozens": [24, 99], "tens of thousands": [20000, 99999]). */
  vague: Record<string, [number, number]>;
  qualifiersBefore: Record<string, Qualifier>;
  qualifiersAfter: Record<string, Qualifier>;
  /** Words that open a range before its first number ("between", "from"). */
  rangeOpeners: string[];
  /** Words between the two ends of a range ("and", "to"); "-" and "–" are always allowed. */
  rangeJoiners: string[];
  killed: string[];
  injured: string[];
  missing: string[];
  /** Casualties or victims, where the text does not say killed or injured. */
  casualties: string[];
  /** Who was counted, with the short English noun the claim reports. */
  populations: Record<string, Population>;
  /** Things counted that are not people, and units: strikes, reports, years, dollars, per cent. */
  units: string[];
  /** What happened to people that is not a casualty: displaced, arrested, evacuated, rescued. */
  notCasualty: string[];
  /** Month names: a number beside one is a date. */
  months: string[];
  /** Small words that may stand between a number, its noun and its verb without breaking the link. */
  fillers: string[];
  /**
   * Fillers that are auxiliaries of a verb bracket (German): the verb that says what happened ends
   * the clause, however many words stand between ("29 Menschen sind beim Absturz eines Busses auf
   * Madeira ums Leben gekommen").
   */
  auxiliaries?: string[];
  /**
   * The verb ends the clause (Persian, Turkish): the verb that says what happened to a count may
   * stand after a long phrase ("۱۵۰ غیرنظامی در حمله … کشته شدند").
   */
  verbFinal?: boolean;
  /**
   * Where the verb ends the clause: words that open a subordinate clause ("زیرا": because; Turkish
   * participles "*diği": "üç bombacının düzenlediği saldırıda"). A verb past them is another
   * clause's. (Persian "که" is not one: "۵۰۰ غیرنظامی که … جان باختند" are the ones who died.)
   */
  subordinators?: string[];
  /**
   * Who says so ("according to", "по данным", "به گفته"): set off by commas between a count and
   * its verb, such a phrase is read past ("56 people, according to the government, were crushed").
   */
  attributions?: string[];
  /**
   * Casualty nouns that mean lives ("lives", "vidas", "жизней"): a death only when a verb of
   * death governs them — "claimed 800,000 lives", not "saved 27,000 lives".
   */
  lives?: string[];
  /** Number words that are round approximations ("une vingtaine", "una veintena"): about that many. */
  approximateNumbers?: string[];
  /** Prepositions that, right before a number, make it something other than the verb's object. */
  breakers: string[];
  /** Verbs of a running total ("rose to", "reached", "ارتفعت إلى"): the toll noun may stand far before them. */
  tollVerbs?: string[];
  /** Words that open an aside after a count ("including", "بينهم", "dont"): "40 people, including 12 children, were killed". */
  asides: string[];
  /** Clitics glued to the front of words (Arabic و ب ل ال, Hebrew ו ה ב ל), longest first. */
  proclitics?: string[];
  /** Number words that, like Arabic واحد/اثنان, follow the noun they count. */
  postposedNumbers?: string[];
  /** Nouns whose dual form is itself a count of two (قتيلان): form → [metric or null, population]. */
  duals?: Record<string, [Metric | null, Population]>;
}

export type Category =
  | 'number' | 'multiplier' | 'joiner' | 'vague' | 'qualBefore' | 'qualAfter'
  | 'rangeOpener' | 'rangeJoiner' | 'metric' | 'population' | 'unit' | 'notCasualty'
  | 'month' | 'filler' | 'breaker' | 'aside' | 'tollVerb' | 'dual' | 'subordinator' | 'attribution';

export interface Entry {
  cat: Category;
  /** Folded words of the phrase; a trailing or leading '*' marks a prefix or suffix word. */
  words: string[];
  num?: number;
  range?: [number, number];
  qualifier?: Qualifier;
  metric?: Metric | null;
  population?: Population;
  postposed?: boolean;
  /** A qualifier that may also follow the number ("على الأقل"). */
  alsoAfter?: boolean;
  /** A qualifier that also joins the two ends of a range ("от 4 до 11"). */
  alsoRangeJoiner?: boolean;
  /** An abbreviation written with a full stop ("тыс.", "млн."): the stop belongs to the number. */
  abbrev?: boolean;
  /** An auxiliary that leaves the clause's meaning to a verb at its end ("sind … getötet worden"). */
  bracket?: boolean;
  /** A word of another category that is also a verb of a running total ("превысило": more than). */
  toll?: boolean;
  /** A round approximation ("une vingtaine"). */
  approx?: boolean;
  /** "lives": a death only when a verb of death governs it. */
  life?: boolean;
}

export interface Lexicon {
  lang: Lang;
  spaceGroups: boolean;
  verbFinal: boolean;
  proclitics: string[];
  /** Entries by their first word, for exact first words. */
  exact: Map<string, Entry[]>;
  /** Entries by the stem of their first word, for prefix first words. */
  prefix: Map<string, Entry[]>;
  prefixLengths: number[];
  /** Entries whose first word is a suffix pattern. */
  suffix: Entry[];
  /** Look-ups already made: folded word → candidate entries. */
  cache: Map<string, Entry[]>;
}

// When one phrase is in several lists, the earlier category wins.
const PRIORITY: Category[] = [
  'dual', 'vague', 'multiplier', 'number', 'qualBefore', 'qualAfter', 'rangeOpener', 'metric',
  'population', 'unit', 'notCasualty', 'month', 'aside', 'attribution', 'tollVerb', 'subordinator', 'rangeJoiner', 'joiner', 'breaker', 'filler',
];

const RANK = new Map(PRIORITY.map((c, i) => [c, i]));
/** Longest phrases first, then by category priority. */
const byPriority = (a: Entry, b: Entry) => b.words.length - a.words.length || RANK.get(a.cat)! - RANK.get(b.cat)!;

export function compileLexicon(src: LexiconSource): Lexicon {
  const entries: Entry[] = [];
  const add = (cat: Category, phrase: string, extra: Partial<Entry> = {}) => {
    const abbrev = phrase.trim().endsWith('.');
    const words = phrase.trim().replace(/\.$/, '').split(/[\s\-'’]+/).map(foldPattern).filter((w) => w.length > 0);
    if (words.length) entries.push({ cat, words, ...(abbrev ? { abbrev } : {}), ...extra });
  };
  const approximate = new Set(src.approximateNumbers ?? []);
  for (const [p, num] of Object.entries(src.numbers)) {
    add('number', p, { num, postposed: src.postposedNumbers?.includes(p) ?? false, ...(approximate.has(p) ? { approx: true } : {}) });
  }
  for (const [p, num] of Object.entries(src.multipliers)) add('multiplier', p, { num });
  for (const p of src.numberJoiners) add('joiner', p);
  for (const [p, range] of Object.entries(src.vague)) add('vague', p, { range });
  for (const [p, qualifier] of Object.entries(src.qualifiersBefore)) add('qualBefore', p, { qualifier });
  for (const [p, qualifier] of Object.entries(src.qualifiersAfter)) add('qualAfter', p, { qualifier });
  for (const p of src.rangeOpeners) add('rangeOpener', p);
  for (const p of src.rangeJoiners) add('rangeJoiner', p);
  const lives = new Set(src.lives ?? []);
  for (const p of src.killed) add('metric', p, { metric: 'killed', ...(lives.has(p) ? { life: true } : {}) });
  for (const p of src.injured) add('metric', p, { metric: 'injured' });
  for (const p of src.missing) add('metric', p, { metric: 'missing' });
  for (const p of src.casualties) add('metric', p, { metric: 'killed_or_injured' });
  for (const [p, population] of Object.entries(src.populations)) add('population', p, { population });
  for (const p of src.units) add('unit', p);
  for (const p of src.notCasualty) add('notCasualty', p);
  for (const p of src.months) add('month', p);
  const auxiliaries = new Set(src.auxiliaries ?? []);
  for (const p of src.fillers) add('filler', p, auxiliaries.has(p) ? { bracket: true } : {});
  for (const p of src.breakers) add('breaker', p);
  for (const p of src.asides) add('aside', p);
  for (const p of src.tollVerbs ?? []) add('tollVerb', p);
  for (const p of src.subordinators ?? []) add('subordinator', p);
  for (const p of src.attributions ?? []) add('attribution', p);
  for (const [p, [metric, population]] of Object.entries(src.duals ?? {})) {
    add('dual', p, { num: 2, metric, population });
  }
  // A phrase in two lists keeps both readings on the entry that wins: "آلاف" is vague alone and
  // a multiplier after a number; "على الأقل" qualifies from before or after.
  const byPhrase = new Map<string, Entry[]>();
  for (const e of entries) push(byPhrase, e.words.join(' '), e);
  for (const same of byPhrase.values()) {
    const vague = same.find((e) => e.cat === 'vague');
    const mult = same.find((e) => e.cat === 'multiplier');
    if (vague && mult) vague.num = mult.num;
    const before = same.find((e) => e.cat === 'qualBefore');
    if (before && same.some((e) => e.cat === 'qualAfter')) before.alsoAfter = true;
    // "до", "تا", "עד", "up to": a qualifier before a number, and the "to" of a range after one.
    if (before && same.some((e) => e.cat === 'rangeJoiner')) before.alsoRangeJoiner = true;
    if (same.some((e) => e.cat === 'tollVerb')) for (const e of same) if (e.cat !== 'tollVerb') e.toll = true;
  }
  // Longest phrases first, then by category priority: the first entry that matches wins.
  entries.sort(byPriority);

  const exact = new Map<string, Entry[]>();
  const prefix = new Map<string, Entry[]>();
  const suffix: Entry[] = [];
  const lengths = new Set<number>();
  for (const e of entries) {
    const first = e.words[0]!;
    if (first.startsWith('*')) suffix.push(e);
    else if (first.endsWith('*')) {
      const stem = first.slice(0, -1);
      lengths.add(stem.length);
      push(prefix, stem, e);
    } else push(exact, first, e);
  }
  return {
    lang: src.lang,
    spaceGroups: src.spaceGroups,
    verbFinal: src.verbFinal ?? false,
    proclitics: (src.proclitics ?? []).map(foldWord).sort((a, b) => b.length - a.length),
    exact,
    prefix,
    prefixLengths: [...lengths].sort((a, b) => b - a),
    suffix,
    cache: new Map(),
  };
}

function foldPattern(word: string): string {
  const head = word.startsWith('*') ? '*' : '';
  const tail = word.endsWith('*') && word.length > 1 ? '*' : '';
  const core = word.slice(head.length, word.length - tail.length);
  return head + foldWord(core) + tail;
}

function push(map: Map<string, Entry[]>, key: string, e: Entry) {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** Whether a folded word matches one pattern word of an entry. */
export function wordMatches(pattern: string, word: string): boolean {
  const pre = pattern.endsWith('*');
  const suf = pattern.startsWith('*') && pattern.length > 1;
  if (pre && suf) return word.includes(pattern.slice(1, -1));
  if (pre) return word.startsWith(pattern.slice(0, -1));
  if (suf) return word.endsWith(pattern.slice(1));
  return word === pattern;
}

/** Candidate entries whose first word may match this folded word, best first. */
export function candidates(lex: Lexicon, word: string): Entry[] {
  // News repeats its words: each distinct word is looked up once (the cache is bounded).
  const hit = lex.cache.get(word);
  if (hit) return hit;
  const out: Entry[] = [];
  const ex = lex.exact.get(word);
  if (ex) out.push(...ex);
  for (const len of lex.prefixLengths) {
    if (len > word.length) continue;
    const list = lex.prefix.get(word.slice(0, len));
    if (list) out.push(...list);
  }
  for (const e of lex.suffix) if (wordMatches(e.words[0]!, word)) out.push(e);
  if (out.length > 1) {
    out.sort(byPriority);
  }
  if (lex.cache.size >= CACHE_LIMIT) lex.cache.clear();
  lex.cache.set(word, out.length ? out : NONE);
  return out;
}

const CACHE_LIMIT = 50_000;
const NONE: Entry[] = [];

/** Word lists grouped by meaning, as a record word → meaning; `spell` gives each word's variants. */
export function byMeaning<T extends string>(groups: Record<T, string[]>, spell: (w: string) => string[] = (w) => [w]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [meaning, words] of Object.entries(groups) as [T, string[]][]) {
    for (const w of words) for (const v of spell(w)) out[v] ??= meaning;
  }
  return out;
}

/** A word and, if it differs, the same word without accents (news text drops them at times). */
export const withAndWithoutAccents = (w: string): string[] => {
  const plain = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain === w ? [w] : [w, plain];
};
