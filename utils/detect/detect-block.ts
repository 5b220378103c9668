import type { Claim, Lang, Metric, Population, Qualifier } from '../claim';
import { readDigits } from './digits';
import type { Entry, Lexicon } from './lexicon';
import { segment, type Item } from './segment';
import { tokenize } from './tokenize';

/** A number expression: digits with a scale word, spelled-out words, a vague quantity, a range. */
interface Expr {
  first: number; // item indices [first, last]
  last: number;
  value: number | null;
  low: number | null;
  high: number | null;
  vague: boolean;
  range: boolean;
  yearLike: boolean;
  fractional: boolean;
  /** Spelled "one": only a claim when a counted noun follows at once. */
  single: boolean;
  /** A round approximation ("une vingtaine"): about that many. */
  approx: boolean;
  postposed: boolean;
  dual: Entry | null;
  multiplier: number;
}

const BOUNDARY = new Set(['.', '!', '?', '؟', ';', '؛', '…', '|', '•', '·']);
const COMMA = new Set([',', '،', '、']);
const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);
const CURRENCY = new Set(['$', '€', '£', '¥', '₽', '₴', '₺', '﷼', '₪', '%', '٪', '‰', '#', '№']);
const PERCENT = new Set(['%', '٪', '‰']);
/** Clitics that mean "and"/"then": Arabic و ف, Hebrew ו. */
const CONJUNCTION_CLITIC = /^[وفו]/;
const startsClause = (it: Item) => !!it.clitic && CONJUNCTION_CLITIC.test(it.clitic);

/** What a scan found: a casualty word, or a word that makes the count something else ('neg'). */
type Cue = { metric: Metric | 'neg'; dist: number; population: Population | null; pastComma?: boolean } | null;

/** Finds the casualty claims in text[start, end), one block of one language. */
export function detectBlock(text: string, start: number, end: number, lex: Lexicon): Claim[] {
  const tokens = tokenize(text, start, end, lex.spaceGroups);
  if (tokens.length === 0) return [];
  const items = segment(tokens, lex);
  const claims: Claim[] = [];
  let prev: Previous | null = null;
  const judged = { part: false };
  let i = 0;
  while (i < items.length) {
    const it = items[i]!;
    const c = cat(it);
    if (it.token.kind !== 'num' && c !== 'number' && c !== 'multiplier' && c !== 'vague' && c !== 'dual') {
      i++;
      continue;
    }
    // "شابان فلسطينيان": an adjective agrees with its dual noun; it is not a second count of two.
    if (c === 'dual' && cat(items[i - 1]) === 'dual' && !it.clitic) {
      i++;
      continue;
    }
    const expr = readExpr(items, i, lex.lang);
    if (!expr) {
      i++;
      continue;
    }
    const claim = judge(text, items, expr, lex, prev, judged);
    if (claim) {
      claims.push(claim);
      prev = { last: expr.last, metric: claim.metric, part: judged.part };
    }
    i = expr.last + 1;
  }
  return claims;
}

const cat = (it: Item | undefined) => it?.entry?.cat ?? null;
const isApostrophe = (it: Item | undefined) => !!it && it.token.kind === 'punct' && (it.token.text === "'" || it.token.text === '’') && !it.token.spaced;
const isQualAfter = (it: Item | undefined) => cat(it) === 'qualAfter' || cat(it) === 'qualBefore' && !!it!.entry!.alsoAfter;
const isPunct = (it: Item | undefined, set: Set<string>) => !!it && it.token.kind === 'punct' && set.has(it.token.text);

/** Reads one number (no range) starting at item i. */
/** Years a text may name: Gregorian, and in Persian the solar Hijri years (1300–1499). */
function isYear(value: number, lang: Lang): boolean {
  return (value >= 1800 && value <= 2100) || (lang === 'fa' && value >= 1300 && value <= 1499);
}

function readSingle(items: Item[], i: number, lang: Lang): Expr | null {
  const it = items[i]!;
  const base: Expr = {
    first: i, last: i, value: null, low: null, high: null, vague: false, range: false, yearLike: false,
    fractional: false, single: false, postposed: false, dual: null, multiplier: 1, approx: false,
  };
  if (it.token.kind === 'num') {
    const d = readDigits(it.token.text);
    let value = d.value;
    let last = i;
    const next = items[i + 1];
    if (cat(next) === 'multiplier' || cat(next) === 'vague' && next!.entry!.num) {
      base.multiplier = next!.entry!.num!;
      value *= base.multiplier;
      last = i + 1;
      const stop = items[i + 2];
      if (next!.entry!.abbrev && stop && stop.token.text === '.' && !stop.token.spaced) last = i + 2;
      // "50 bin 783", "۵۰ هزار و ۲۱": the rest of the number after its scale word.
      const j = cat(items[last + 1]) === 'joiner' ? last + 2 : last + 1;
      const rest = items[j];
      if (base.multiplier >= 1000 && rest?.token.kind === 'num' && Number.isInteger(value)) {
        const r = readDigits(rest.token.text);
        const restMult = cat(items[j + 1]) === 'multiplier' ? items[j + 1]!.entry!.num! : 1;
        if (!r.fractional && restMult === 1 && r.value < base.multiplier) {
          value += r.value;
          last = j;
        }
      }
    }
    return {
      ...base, last, value: Math.round(value), low: Math.round(value), high: Math.round(value),
      yearLike: !d.grouped && d.digits === 4 && !d.fractional && base.multiplier === 1 && isYear(value, lang),
      fractional: !Number.isInteger(value),
    };
  }
  const c = cat(it);
  if (c === 'vague') {
    const [low, high] = it.entry!.range!;
    return { ...base, vague: true, low, high };
  }
  if (c === 'dual') return { ...base, value: 2, low: 2, high: 2, dual: it.entry };
  if (c !== 'number' && c !== 'multiplier') return null;
  return readWords(items, i, lang, base);
}

/** Spelled-out numbers: "twenty-three", "ثلاثة وعشرين", "сто двадцать", "three hundred thousand". */
function readWords(items: Item[], i: number, lang: Lang, base: Expr): Expr | null {
  let total = 0;
  let cur = 0;
  let lastTerm = 0;
  let k = i;
  let last = i;
  let words = 0;
  while (k < items.length) {
    const it = items[k]!;
    const c = cat(it);
    const scale = c === 'vague' && it.entry!.num && words > 0;
    if (c === 'number' || c === 'multiplier' || scale) {
      const v = it.entry!.num!;
      if (c === 'multiplier' || scale || v >= 100 && v % 100 === 0 && v < 1000 && isHundredWord(it.entry!)) {
        if (v >= 1000) {
          total += (cur || 1) * v;
          cur = 0;
          lastTerm = v;
        } else {
          cur = (cur || 1) * v;
          lastTerm = cur;
        }
      } else {
        if (words > 0 && !canAdd(cur, lastTerm, v, lang)) break;
        cur += v;
        lastTerm = v;
      }
      words++;
      last = k;
      k++;
      continue;
    }
    // A joiner or hyphen continues the number only if a number word follows it.
    if ((c === 'joiner' || c === 'rangeJoiner' || isPunct(it, DASHES) && !it.token.spaced) && words > 0) {
      const nx = items[k + 1];
      const nc = cat(nx);
      if ((nc === 'number' || nc === 'multiplier') && (c !== 'rangeJoiner' || canAdd(cur, lastTerm, nx!.entry!.num!, lang))) {
        k++;
        continue;
      }
    }
    break;
  }
  if (words === 0) return null;
  const value = total + cur;
  if (value <= 0) return null;
  const firstEntry = items[i]!.entry!;
  let approx = false;
  for (let j = i; j <= last; j++) if (items[j]!.entry?.approx) approx = true;
  return {
    ...base, last, value, low: value, high: value, approx,
    single: value === 1, postposed: words === 1 && !!firstEntry.postposed,
    multiplier: cat(items[last]) === 'multiplier' || cat(items[last]) === 'vague' ? items[last]!.entry!.num ?? 1 : 1,
  };
}

// Multiplier entries are listed apart; a number word of 100 ("hundred", "сто") multiplies when
// preceded by a unit ("three hundred") but is a value of its own at the start ("сто человек").
function isHundredWord(e: Entry): boolean {
  return e.num === 100;
}

function canAdd(cur: number, lastTerm: number, v: number, lang: Lang): boolean {
  if (cur === 0) return true;
  if (lastTerm >= 100) return v < 100 || v % 100 === 0 && v < lastTerm;
  if (lastTerm >= 20 && lastTerm % 10 === 0) return v >= 1 && v <= 9;
  // Arabic and Hebrew say the unit first: ثلاثة وعشرين (3 + 20), שלושה עשר (3 + 10).
  if ((lang === 'ar' || lang === 'he') && lastTerm >= 1 && lastTerm <= 9) return v === 10 || (v >= 20 && v <= 90 && v % 10 === 0);
  return false;
}

/** Reads a number and, if one follows it, the other end of its range. */
function readExpr(items: Item[], i: number, lang: Lang): Expr | null {
  const a = readSingle(items, i, lang);
  if (!a || a.vague || a.dual) return a;
  const j = a.last + 1;
  const sep = items[j];
  if (!sep) return a;
  const dash = isPunct(sep, DASHES);
  const c = cat(sep) === 'qualBefore' && sep.entry!.alsoRangeJoiner ? 'rangeJoiner' : cat(sep);
  if (!dash && c !== 'rangeJoiner' && c !== 'joiner') return a;
  // "and"/"و" joins a range only after "between"/"ما بين"; "to", "-", "إلى" need no opener.
  const opener = items[a.first - 1] && cat(items[a.first - 1]) === 'rangeOpener' || cat(items[a.first - 2]) === 'rangeOpener' && isPunct(items[a.first - 1], DASHES);
  if (c === 'joiner' && !opener) return a;
  // Hebrew writes a clitic, a hyphen and the number: "בין 500 ל-800".
  const bStart = !dash && isPunct(items[j + 1], DASHES) && !items[j + 2]?.token.spaced ? j + 2 : j + 1;
  const b = items[bStart] ? readSingle(items, bStart, lang) : null;
  if (!b || b.vague || b.dual || a.value === null || b.value === null) return a;
  if (a.yearLike && !b.yearLike) return a;
  let low = a.value;
  if (a.multiplier === 1 && b.multiplier > 1 && low * b.multiplier <= b.value) low *= b.multiplier;
  if (!(low < b.value)) return a;
  return {
    ...a, last: b.last, value: null, low, high: b.value, range: true,
    yearLike: a.yearLike && b.yearLike, fractional: a.fractional || b.fractional, single: false,
  };
}

/** The claim found last in the block: a part of it named after "among them" shares its fate. */
interface Previous {
  last: number;
  metric: Metric;
  /** Itself a part named after an aside: "بينهم ثلاث نساء وطفلان" lists several. */
  part: boolean;
}

const isCount = (it: Item) => it.token.kind === 'num' || cat(it) === 'number' || cat(it) === 'vague' || cat(it) === 'dual';

/**
 * "115 killed in an attack on …, among them three women and two children": an aside leads from
 * that claim to this count, with no other count or fate between them.
 */
function partOf(items: Item[], prev: Previous | null, back: number, first: number): Metric | null {
  if (!prev || back - prev.last > 40) return null;
  let aside = false;
  for (let k = prev.last + 1; k <= back; k++) {
    const it = items[k]!;
    if (endsSentence(items, k) || isCount(it)) return null;
    const c = cat(it);
    if (c === 'aside') aside = true;
    else if (c === 'metric' && it.entry!.metric !== prev.metric) return null;
  }
  if (aside) return prev.metric;
  // The next item of a list of parts: "ثلاث نساء وطفلان", "three women and two children".
  const joined = cat(items[back]) === 'joiner' || !!items[first]!.clitic;
  const between = back - prev.last;
  return prev.part && joined && between <= 3 ? prev.metric : null;
}

/** Whether the claim found is a part named after an aside (`out.part`), for the next count. */
function judge(text: string, items: Item[], e: Expr, lex: Lexicon, prev: Previous | null, out: { part: boolean }): Claim | null {
  const lang = lex.lang;
  let whole: Metric | null = null;
  if (e.fractional) return null;
  const before = items[e.first - 1];
  const after = items[e.last + 1];
  // Money, per cent, ordinals, times, dates.
  if (isPunct(before, CURRENCY) || isPunct(after, PERCENT)) return null;
  if (after && after.token.kind === 'time') return null;
  if (isPunct(after, new Set([':', '/'])) && items[e.last + 2]?.token.kind === 'num' && !items[e.last + 2]!.token.spaced) return null;
  if (isPunct(before, new Set(['/', ':', '.'])) && !e.vague && !items[e.first]!.token.spaced) return null;
  // "17 March", "March 17", "am 19. Februar", "تیر ۱۴۰۱": a number beside a month name is a date.
  if (cat(before) === 'month' && !e.vague) return null;
  if (isPunct(after, new Set(['.'])) && !after!.token.spaced && cat(items[e.last + 2]) === 'month') return null;
  // "A9", "MH17", "4U9525": digits glued to Latin or Cyrillic letters are names, not counts.
  const first = items[e.first]!.token;
  if (first.kind === 'num' && !first.spaced && before?.token.kind === 'word' && /[a-z\u0400-\u04ff]$/i.test(text[first.start - 1] ?? '')) return null;
  // "Covid-19", "F-16", "Су-25": a name, letters and digits joined by a hyphen.
  if (first.kind === 'num' && !first.spaced && isPunct(before, DASHES) && !before!.token.spaced && /[a-z\u0400-\u04ff]$/i.test(text[before!.start - 1] ?? '')) return null;

  // "Jessica Lawson, 12, dies": a small number between commas after a name is an age.
  if (first.kind === 'num' && isPunct(before, COMMA) && isPunct(after, COMMA) && (e.value ?? 0) < 120 && /^\p{Lu}\p{Ll}/u.test(text.slice(items[e.first - 2]?.start ?? 0, items[e.first - 2]?.end ?? 0))) return null;

  // Qualifier in front: "at least", "ما لا يقل عن"; "between"/"من" for ranges.
  let q: Qualifier | null = null;
  let back = e.first - 1;
  if (isPunct(items[back], DASHES) && !items[e.first]!.token.spaced && (cat(items[back - 1]) === 'qualBefore' || cat(items[back - 1]) === 'rangeOpener')) back--;
  for (let n = 0; n < 2 && back >= 0; n++) {
    // "Ca. 40", "approx. 40": the abbreviation's full stop.
    if (isPunct(items[back], new Set(['.'])) && items[back - 1]?.entry?.abbrev && cat(items[back - 1]) === 'qualBefore') back--;
    const c = cat(items[back]);
    if (c === 'qualBefore') {
      q ??= items[back]!.entry!.qualifier!;
      back--;
    } else if (c === 'rangeOpener') back--;
    else break;
  }

  // The noun the number counts, read forward: "352 civilians", "80 قتيلا مدنيا", "40 dead".
  let population: Population | null = e.dual?.population ?? null;
  let metric: Metric | null = e.dual?.metric ?? null;
  let k = e.last + 1;
  let unknown = 0;
  let headEnd = k;
  let negative = false;
  let lifeNoun = false;
  let subset = false;
  for (let steps = 0; k < items.length && steps < 5 && !metric; steps++) {
    const it = items[k]!;
    const c = cat(it);
    const adjacent = k === headEnd;
    if (it.token.kind === 'punct') {
      if (DASHES.has(it.token.text) && !it.token.spaced) { k++; continue; }
      // Turkish case endings after an apostrophe: "100'den fazla", "15'i".
      if (isApostrophe(it) && items[k + 1] && !items[k + 1]!.token.spaced) {
        k += cat(items[k + 1]) === null ? 2 : 1;
        headEnd = k;
        continue;
      }
      break;
    }
    if (it.token.kind !== 'word') break;
    if (isQualAfter(it) && (population || adjacent)) {
      q ??= it.entry!.qualifier!;
      k++;
      continue;
    }
    // Once the counted noun is known, only a casualty word right after it belongs to the head:
    // "civilian deaths", "قتيلا مدنيا"; "352 civilians in the shelling" ends at "in".
    if (population && !adjacent) break;
    // "killed 135 people, 47 of them children": a part of a count named just before.
    if (c === 'aside' && !population && !metric) {
      subset = true;
      k++;
      headEnd = k;
      continue;
    }
    if (c === 'population') { population ??= it.entry!.population!; k++; headEnd = k; continue; }
    // "مقتل ٤٠٤٧ شخصاً وإصابة", "قتل 40 وأصيب 100": a verb glued to "and" starts the next clause.
    if ((c === 'metric' || c === 'notCasualty') && startsClause(it)) break;
    if (c === 'metric') {
      metric = it.entry!.metric!;
      lifeNoun = !!it.entry!.life;
      headEnd = k + 1;
      // "3 soldiers killed 40 militants": the first number did the killing.
      const nx = items[k + 1];
      const numberish = (x: Item | undefined) => !!x && (x.token.kind === 'num' || cat(x) === 'number' || cat(x) === 'vague');
      if (nx && !nx.clitic && (numberish(nx) || cat(nx) === 'qualBefore' && numberish(items[k + 2]))) return null;
      // "43 тисячі загиблих українських захисників": whom the dead were, right after them.
      if (!population) {
        const p = cat(nx) === 'population' ? nx : cat(nx) === null && nx?.token.kind === 'word' && cat(items[k + 2]) === 'population' ? items[k + 2] : null;
        if (p && !p.clitic) population = p.entry!.population!;
      }
      break;
    }
    // Counted things ("20 ألف غارة", "42 reports") make it no claim; after people, such a word
    // begins the next phrase ("ثلاثة شبان برصاص"), except a fate that is not a casualty
    // ("3,000 people displaced").
    // A thing named after a small word ("قتل 40 في القصف": in the shelling) is not what was counted.
    if (c === 'month') { negative = !population; break; }
    if (c === 'unit') { negative = !population && (adjacent || cat(items[k - 1]) !== 'filler'); break; }
    if (c === 'notCasualty') { negative = true; break; }
    if (population) break;
    if (c === null) {
      if (e.single || ++unknown > 1) break;
      k++;
      continue;
    }
    if (c === 'filler' || c === 'rangeOpener') {
      if (e.single) break;
      k++;
      continue;
    }
    break;
  }
  if (negative) return null;
  // "الساعات الـ24", "una tasa de 24": a number that a counted thing just before it takes
  // (through an article or "of") is that thing's, unless the number names its own people.
  if (!population && !metric && cat(items[back]) === 'filler' && !items[back]!.clitic && (cat(items[back - 1]) === 'unit' || cat(items[back - 1]) === 'month')) return null;
  // "saved 27,000 lives": the verb before the count says what happened to the lives.
  if (lifeNoun && cat(items[back]) === 'notCasualty' && !items[back]!.clitic) return null;
  // Arabic واحد/اثنان follow their noun: "غارة واحدة" is one raid.
  // ("אחד מהם" after a comma: "one of them", a part of the count before.)
  if (e.postposed && before && !(subset && before.token.kind === 'punct')) {
    const c = cat(before);
    if (c === 'unit' || c === 'month' || c === 'notCasualty' || c === null) return null;
    if (c === 'population') population = before.entry!.population!;
    if (c === 'metric') metric = before.entry!.metric!;
  }
  // A bare year next to a verb ("ב-2023 נהרגו", "در سال 2017 کشته") is a date; a count of that
  // size is written with a group separator or names whom it counts.
  if (e.yearLike && !population) return null;
  // "one of them" ("אחד מהם") is a count; a bare "one" is an article more often than not.
  if (e.single && !population && !metric && !subset) return null;
  const qa = items[headEnd];
  if (isQualAfter(qa)) q ??= qa!.entry!.qualifier!;

  if (!metric) {
    // A preposition right before the number makes it its object ("of 40,000", "aged eight"),
    // unless a toll stands just before it: "a death toll of 40", "the toll stands at 40".
    // "eleva a 43.391 la cifra de muertos", "از ۱۳۰۰ نفر گذشت": the "to" or "from" of a verb of a
    // running total.
    const toll = tollNear(items, back, e.last);
    if (cat(items[back]) === 'breaker' && !metricJustBefore(items, back) && !isToll(items[back - 1]) && !toll) return null;
    // A verb or noun nearby says what happened to them: "were killed", "قتلوا"; "killed", "بمقتل".
    // Where the verb ends the clause it may stand far after the count — when the count is of
    // people, or of nothing named: after "üç canlı bomba" (three suicide bombers) it is theirs.
    const a = scanAfter(items, headEnd, lex.verbFinal && unknown === 0);
    const b = scanBefore(items, back, subset, toll);
    // "1.200 muertos y 251 personas fueron tomadas como rehenes": a count after "and" that has a
    // verb of its own does not share the one before.
    const joined = cat(items[back]) === 'joiner' || startsClause(items[e.first]!);
    const pick = choose(a, joined && a && !a.pastComma ? null : b, lex.verbFinal);
    whole = pick ? null : partOf(items, prev, back, e.first);
    if (!pick && !whole) return null;
    metric = pick?.metric ?? whole!;
    population ??= pick?.population ?? null;
  } else if (!population) {
    const nx = items[headEnd];
    if (nx && cat(nx) === 'population') population = nx.entry!.population!;
  }

  const s = items[e.first]!.start;
  const en = items[e.last]!.end;
  out.part = whole !== null;
  const qualifier: Qualifier = e.range ? 'range' : e.vague ? 'vague' : q ?? (e.approx ? 'about' : 'exact');
  return {
    start: s, end: en, text: text.slice(s, en),
    value: e.range || e.vague ? null : e.value,
    low: e.low, high: e.high, qualifier, metric, population: population ?? 'people', lang,
  };
}

/**
 * The nearer cue wins; at equal distance a casualty word beats a negative one, and before beats
 * after — except where the verb ends the clause, and a verb before the count ends the last one.
 */
function choose(a: Cue, b: Cue, verbFinal: boolean): { metric: Metric; population: Population | null } | null {
  const cues = (verbFinal ? [a, b] : [b, a]).filter((c): c is NonNullable<Cue> => c !== null);
  // A casualty word past a comma belongs to the next clause more often than a fate word before.
  const rank = (c: NonNullable<Cue>) => (c.metric === 'neg' ? 1 : c.pastComma ? 2 : 0);
  cues.sort((x, y) => x.dist - y.dist || rank(x) - rank(y));
  const best = cues[0];
  if (!best || best.metric === 'neg') return null;
  return { metric: best.metric, population: best.population };
}

/** The full stop of "тыс." or "млн." belongs to the number, not to the sentence. */
const endsSentence = (items: Item[], k: number) => {
  const t = items[k]!.token;
  if (!BOUNDARY.has(t.text)) return false;
  if (t.text !== '.' || t.spaced) return true;
  // The full stop of "тыс." or "млн.", of a German ordinal date ("am 19. Februar"), or of
  // initials ("U.S.", "U.N.").
  const prev = items[k - 1]?.token;
  const initial = prev?.kind === 'word' && prev.end - prev.start === 1;
  return !(items[k - 1]?.entry?.abbrev || initial || prev?.kind === 'num' && cat(items[k + 1]) === 'month');
};

/**
 * Whether the number at k is the next of a list of counts, each named by its place ("Kastamonu'da
 * 67, Sinop'ta 9 ve Bartın'da 1 kişi hayatını kaybetti"): a comma or "and", then a word or two.
 */
function inList(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const it = items[j]!;
    if (isPunct(it, COMMA) || cat(it) === 'joiner' || cat(it) === 'rangeJoiner') return j < k - 1;
    if (isApostrophe(it)) continue;
    if (it.token.kind !== 'word' || (cat(it) !== null && cat(it) !== 'filler' && cat(it) !== 'breaker')) return false;
  }
  return false;
}

/**
 * The last item of an aside that starts at k: before the next comma or sentence end — or, with
 * atVerb, before a casualty word that is no count's own noun inside the aside ("206 passagers,
 * dont 12 enfants et 26 blessés" goes on; "۳۵ نفر از جمله دو کودک کشته شدند" stops at کشته).
 */
function endOfAside(items: Item[], k: number, atVerb: boolean): number {
  while (k + 1 < items.length && !isPunct(items[k + 1], COMMA) && !isPunct(items[k + 1], BOUNDARY)) {
    if (atVerb && cat(items[k + 1]) === 'metric' && !isCount(items[k]!)) break;
    k++;
  }
  return k;
}

function scanAfter(items: Item[], from: number, verbFinal: boolean): Cue {
  let unknown = 0;
  // A verb past a comma is further from the count than its words say: "239 человек, пострадавшими …".
  let commas = 0;
  // Inside a prepositional phrase ("in an air strike", "bei einem Luftangriff") a strike or a
  // date says what caused the deaths or when, not what was counted.
  let inPhrase = false;
  // After an auxiliary (German "sind", "wurden"), or in a verb-final language, the verb that
  // matters ends the clause.
  let bracket = false;
  const long = () => bracket || verbFinal;
  for (let k = from, steps = 0; k < items.length && steps < (long() ? 20 : 12); k++, steps++) {
    const it = items[k]!;
    const t = it.token;
    if (t.kind === 'punct') {
      if (endsSentence(items, k)) return null;
      // "im Alter von 4, 6 und 9 Jahren": a comma inside a list of numbers does not end the phrase.
      if (COMMA.has(t.text) && !(inPhrase && items[k - 1]?.token.kind === 'num' && items[k + 1]?.token.kind === 'num')) {
        if (bracket) return null;
        inPhrase = false;
        commas++;
      }
      // A suffix after an apostrophe belongs to the number or noun before it: "100'den", "15'i".
      if (isApostrophe(it) && !items[k + 1]?.token.spaced) k++;
      continue;
    }
    // "Quatre jeunes âgés de 17 à 20 ans ont trouvé la mort": a number inside a phrase is the phrase's.
    if (inPhrase && (t.kind === 'num' || cat(it) === 'rangeJoiner')) {
      if (++unknown > (long() ? 12 : 4)) return null;
      continue;
    }
    // "40 people, 12 of them children, were killed": a part named between commas is an aside.
    if (isPunct(items[k - 1], COMMA) && isCount(it) && (cat(items[k + 1]) === 'aside' || !!items[k + 1] && isCount(items[k + 1]!) && cat(items[k + 2]) === 'aside')) {
      k = endOfAside(items, k, false);
      continue;
    }
    // "170 civilians and 13 soldiers were killed": a count joined by "and" shares the verb,
    // unless it counts something else ("y 14 vehículos fueron incendiados").
    if (t.kind === 'num' && (cat(items[k - 1]) === 'joiner' || !!it.clitic || inList(items, k))) {
      const nc = cat(items[k + 1]);
      // "206 passengers, among them 12 children and 26 injured": 26 has its own casualty noun.
      if (nc === 'unit' || nc === 'notCasualty' || nc === 'metric') return null;
      continue;
    }
    if (t.kind !== 'word') return null;
    const c = cat(it);
    if (c === 'aside' || c === 'attribution') {
      // "40 people, including 12 children, were killed": skip to the end of the aside — or to the
      // verb, where no comma closes it ("۴۰ نفر از جمله ۱۲ کودک کشته شدند").
      k = endOfAside(items, k, true);
      continue;
    }
    // "اعتقلت الشرطة 25 متظاهرا وأصيب 10": the next clause's verb is not this count's.
    if ((c === 'metric' || c === 'notCasualty') && startsClause(it)) return null;
    if (c === 'metric') return { metric: it.entry!.metric!, dist: unknown + commas, population: null, pastComma: commas > 0 };
    if (c === 'breaker') inPhrase = true;
    if (c === 'subordinator' && verbFinal) return null;
    if (c === 'filler' && it.entry!.bracket) bracket = true;
    // Where the verb ends the clause, nouns on the way to it are places and causes ("به مقر", "روستای").
    if ((c === 'unit' || c === 'month') && (inPhrase || verbFinal)) continue;
    if (c === 'unit' || c === 'notCasualty' || c === 'month') return { metric: 'neg', dist: unknown + commas, population: null, pastComma: commas > 0 };
    // "ein", "one", "a single": an article more often than a count.
    if (c === 'number' && it.entry!.num === 1) continue;
    if (c === null || c === 'number' || c === 'multiplier' || c === 'vague') {
      if (++unknown > (long() ? 12 : inPhrase ? 4 : 2)) return null;
    }
  }
  return null;
}

// "The death toll from the floods in the Valencia region rose to 224": the toll noun can stand
// several words before its number.
const MAX_UNKNOWN_BEFORE = 3;
const MAX_UNKNOWN_BEFORE_TOLL = 10;

function metricJustBefore(items: Item[], k: number): Metric | null {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (cat(items[j]) === 'metric') return items[j]!.entry!.metric!;
    // "died on Tuesday at age 69": another preposition between the verb and this one.
    if (items[j]!.token.kind !== 'word' || cat(items[j]) === 'breaker') break;
  }
  return null;
}

const isToll = (it: Item | undefined) => cat(it) === 'tollVerb' || !!it?.entry?.toll;

/**
 * A verb of a running total at the number: in front ("превысило 45 тыс.") or, in languages that
 * put the verb last, just after it ("53'e yükseldi", "به ۵۳ نفر رسید", "auf 224 gestiegen").
 */
function tollNear(items: Item[], back: number, last: number): boolean {
  for (let k = back + 1; k < last; k++) if (isToll(items[k])) return true;
  for (let k = last + 1; k <= last + 4 && k < items.length; k++) {
    const it = items[k]!;
    if (it.token.kind === 'punct' && !isApostrophe(it)) return false;
    if (isToll(it)) return true;
  }
  return false;
}

/**
 * The comma that opens a phrase of who says so ending at the comma at k (", according to the
 * ministry,"), or -1: a short stretch between two commas, with such a phrase and no count or fate.
 */
function attributionBefore(items: Item[], k: number): number {
  let said = false;
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const it = items[j]!;
    if (isPunct(it, COMMA)) return said ? j : -1;
    if (it.token.kind === 'punct' && endsSentence(items, j)) return -1;
    const c = cat(it);
    if (isCount(it) || c === 'metric' || c === 'notCasualty') return -1;
    if (c === 'attribution') said = true;
  }
  return -1;
}

function scanBefore(items: Item[], from: number, subset = false, tollAtNumber = false): Cue {
  let unknown = 0;
  let population: Population | null = null;
  let inAside = subset;
  // After "rose to", "reached": the toll's noun may stand a long way back.
  let tollVerb = tollAtNumber;
  let crossedAside = false;
  for (let k = from, steps = 0; k >= 0 && steps < (tollVerb || crossedAside ? 24 : 12); k--, steps++) {
    const it = items[k]!;
    const t = it.token;
    if (t.kind === 'punct') {
      // "Ранения, по данным Минздрава, получили 150": a phrase of who says so is read past.
      const said = COMMA.has(t.text) && !inAside ? attributionBefore(items, k) : -1;
      if (said >= 0) {
        k = said;
        continue;
      }
      // "killed 40 people, among them 12 children": the aside's comma does not end the clause.
      if (endsSentence(items, k) || COMMA.has(t.text) && !inAside) return null;
      inAside = false;
      continue;
    }
    if (cat(it) === 'aside') {
      inAside = true;
      crossedAside = true;
      continue;
    }
    if (t.kind === 'num') continue;
    if (t.kind !== 'word') return null;
    const c = cat(it);
    if (c === 'metric') return { metric: it.entry!.metric!, dist: unknown, population };
    // In an aside ("…, among them 13 children") the words between the aside and its count
    // describe the place or the cause; they do not say what the 13 are.
    // Nouns before the count ("the state", "the strikes") are other parts of the sentence; only
    // a verb of another fate ("displaced", "rescued") says the count is not of casualties —
    // and not across an aside ("…, among them 13 children"), whose words describe the place.
    // After a toll verb, only a fate word right at it ("the number of displaced rose to") is the
    // toll's; one further back names the place or cause ("…حمله به زندان اوین به ۷۹ نفر رسید").
    if (c === 'notCasualty' && !inAside && !subset && !crossedAside && !(tollVerb && unknown > 0)) return { metric: 'neg', dist: unknown, population: null };
    if (c === 'unit' || c === 'notCasualty') {
      if (++unknown > (tollVerb || crossedAside ? MAX_UNKNOWN_BEFORE_TOLL : MAX_UNKNOWN_BEFORE)) return null;
      continue;
    }
    if (c === 'breaker' && k === from && !tollVerb) {
      const m = metricJustBefore(items, k);
      return m ? { metric: m, dist: 0, population } : { metric: 'neg', dist: 0, population: null };
    }
    if (isToll(it)) tollVerb = true;
    if (c === 'population') { population ??= it.entry!.population!; continue; }
    if (c === null || c === 'month') {
      if (++unknown > (tollVerb || crossedAside ? MAX_UNKNOWN_BEFORE_TOLL : MAX_UNKNOWN_BEFORE)) return null;
    }
  }
  return null;
}
