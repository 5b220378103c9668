import type { Claim, Lang } from '../claim';
import { foldWord } from '../text/fold';
import { namesEvent } from './events';
import { indexOfName, indicesOfName, patternKey, type NamePattern } from './name-pattern';
import { namesDisaster, namesMishap } from './hazards';
import type { ClaimPlace } from './place';
import { yearsIn } from './years';
import { relativeYearsIn } from './relative-years';

/** What the matcher needs of a topic (the database keeps topics without their estimates). */
export interface TopicInfo {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string | null;
  parent: string | null;
  /** war, campaign, battle, siege, massacre, attack, disaster. */
  kind?: string;
  /** Who the topic's estimates count ("civilians", "soldiers"): tells apart topics of one war. */
  populations?: string[];
  aliases: Record<string, string[]>;
}

export interface PageInfo {
  title?: string;
  url?: string;
  /** Publication date (YYYY-MM-DD) from the page's metadata or text, if known. */
  published?: string | null;
  /** The whole page text (or what of it the caller has). */
  text: string;
}

/** Where a claim stands: its sentence and paragraph, and where in the sentence it starts. */
export interface TopicMatch {
  topic: TopicInfo;
  score: number;
  /** The aliases that matched, for the one-line reason. */
  hits: string[];
}

interface Alias {
  folded: string;
  shown: string;
  /** Short aliases must stand as whole words; long ones may be glued ("سورياوالعراق"). */
  wholeWord: NamePattern | null;
  /**
   * A name of several words is also found when all its words stand near the claim in another
   * order or form: "Russian intervention in Syria" in "Russian forces … since their intervention
   * … in Syria"; "Hamas attack on Israel" in "the Hamas-led attack on southern Israel".
   */
  words: NamePattern[] | null;
  topics: string[];
  /** Whether it names an event ("Battle of Mosul") rather than a place or an actor ("Mosul"). */
  event: boolean;
  /** The beginning of the name, and of each of its loose words (see `startsIn`). */
  start: number | null;
  wordStarts: (number | null)[] | null;
}

export interface TopicIndex {
  topics: Map<string, TopicInfo>;
  aliases: Alias[];
  starts: NameStarts;
}

const fold = (s: string) => foldWord(s).replace(/[\s\-_]+/g, ' ');

/** The matcher's view of a topic: no estimates, but the populations they count. */
export function topicInfo<T extends TopicInfo & { estimates?: { population: string }[] }>(t: T): TopicInfo {
  const { estimates, ...info } = t;
  return estimates ? { ...info, populations: [...new Set(estimates.map((e) => e.population))] } : info;
}

export function buildTopicIndex(topicsIn: (TopicInfo & { estimates?: { population: string }[] })[]): TopicIndex {
  const topics = topicsIn.map(topicInfo);
  const byFolded = new Map<string, Alias>();
  for (const t of topics) {
    for (const list of Object.values(t.aliases)) {
      for (const shown of list) {
        const folded = fold(shown).trim();
        if (folded.length < 2) continue;
        const wholeWord = aliasPattern(folded);
        // Forms of one name that are searched for alike ("Сребреница", "Сребренице") are one
        // name: one mention must not count as three.
        const key = wholeWord ? `w${patternKey(wholeWord)}` : `s${folded}`;
        let a = byFolded.get(key);
        if (!a) {
          const stems = looseStems(folded);
          a = {
            folded, shown, wholeWord, words: stems && stems.map(stemPattern), topics: [], event: namesEvent(folded),
            start: startOf(folded), wordStarts: stems && stems.map((w) => startOf(w.stem)),
          };
          byFolded.set(key, a);
        }
        if (!a.topics.includes(t.id)) a.topics.push(t.id);
      }
    }
  }
  const aliases = [...byFolded.values()];
  const starts = new NameStarts();
  for (const a of aliases) {
    starts.add(a.start);
    for (const w of a.wordStarts ?? []) starts.add(w);
  }
  return { topics: new Map(topics.map((t) => [t.id, t])), aliases, starts };
}

/**
 * How an alias is looked for. Short ones stand as whole words. A long single word in an
 * alphabet with inflection may change its ending ("Ukraine" → "Ukrainian", "Украина" →
 * "Украине", "Україні"). Arabic-script and Hebrew names are found anywhere, since their
 * clitics glue to them and bad extraction glues words ("سورياوالعراق").
 */
function aliasPattern(folded: string): NamePattern | null {
  const last = folded.slice(folded.lastIndexOf(' ') + 1);
  const inflects = /^[a-zà-ɏ\u0400-\u04ff' -]+$/.test(folded);
  if (inflects && last.length >= minInflecting(last)) return { needle: folded.slice(0, -1), wordStart: true, wordEnd: false };
  if (folded.length < 5) return { needle: folded, wordStart: true, wordEnd: true };
  return null;
}

/** The length from which a word's last letter may change: Slavic cases change short nouns too ("війна" → "війни"). */
const minInflecting = (word: string) => (/[\u0400-\u04ff]/.test(word) ? 5 : 6);

function has(a: Alias, text: string): boolean {
  return a.wholeWord ? indexOfName(text, a.wholeWord) >= 0 : text.includes(a.folded);
}

/** How close together, in characters, each further word of a name must stand to be found loosely. */
const LOOSE_SPAN = 60;

/** Where an alias first stands in a text, or -1 (the start of the first of its words, if found loosely). */
function positionIn(a: Alias, text: string): number {
  if (a.wholeWord) return indexOfName(text, a.wholeWord);
  const i = text.indexOf(a.folded);
  return i >= 0 || !a.words ? i : indexOfName(text, a.words[0]!);
}

function hasLoosely(a: Alias, text: string): boolean {
  if (has(a, text)) return true;
  if (!a.words || !a.words.every((w) => indexOfName(text, w) >= 0)) return false;
  // All words in one stretch of text: "the Hamas-led attack on southern Israel", not "Ukrainian
  // troops … far below Russian estimates" for "Russian troops".
  const at = a.words.map((w) => indicesOfName(text, w));
  const span = LOOSE_SPAN * (a.words.length - 1);
  return at.flat().some((p) => at.every((list) => list.some((q) => q >= p && q - p <= span)));
}

// Small words that say nothing of a topic ("in", "of", "the", "في", "ב").
const SMALL_WORDS = new Set(['the', 'and', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'de', 'la', 'le', 'les', 'des', 'du', 'en', 'el', 'los', 'las', 'del', 'der', 'die', 'das', 'und', 'im', 'von', 'в', 'на', 'и', 'у', 'з', 've', 'da', 'ile', 'في', 'على', 'من', 'و', 'در', 'به', 'از']);

function looseStems(folded: string): { stem: string; inflects: boolean }[] | null {
  // Numbers in a name are kept whatever their length: "51-day war" is not any war of some days.
  const words = folded.split(/[\s"'«»“”„]+/).filter((w) => (w.length >= 3 || /\p{N}/u.test(w)) && !SMALL_WORDS.has(w));
  if (words.length < 2) return null;
  return words.map((w) => {
    const inflects = /^[a-zà-ɏ\u0400-\u04ff-]+$/.test(w);
    return { stem: inflects && w.length >= minInflecting(w) ? w.slice(0, -1) : w, inflects };
  });
}

function stemPattern({ stem, inflects }: { stem: string; inflects: boolean }): NamePattern {
  // Latin and Cyrillic words start at a word boundary; Arabic and Hebrew ones may carry clitics.
  return { needle: stem, wordStart: inflects, wordEnd: false };
}

/**
 * The beginnings (two, three and four characters long) of names that stand in a text, as
 * hashes. A name (or a word of one) can only stand where its beginning does: a page's thousands
 * of names are first sifted by this, which costs one pass over the text instead of one search
 * per name. Only the beginnings of some name are kept (`NameStarts`), so the pass mostly reads.
 */
type Starts = Set<number>;

/** The hashes of every name's beginning, as bits: one look-up tells whether a text's characters begin one. */
class NameStarts {
  private bits = new Uint32Array(1 << 15);

  add(hash: number | null): void {
    if (hash !== null) this.bits[(hash >>> 5) & 0x7fff]! |= 1 << (hash & 31);
  }

  has(hash: number): boolean {
    return (this.bits[(hash >>> 5) & 0x7fff]! & (1 << (hash & 31))) !== 0;
  }
}

function startsIn(text: string, names: NameStarts): Starts {
  const starts: Starts = new Set();
  for (let i = 0; i + 1 < text.length; i++) {
    // The hashes of two, three and four characters from i, each extending the one before.
    let h = step(step(0, text.charCodeAt(i)), text.charCodeAt(i + 1));
    if (names.has(h)) starts.add(h);
    if (i + 2 >= text.length) continue;
    h = step(h, text.charCodeAt(i + 2));
    if (names.has(h)) starts.add(h);
    if (i + 3 >= text.length) continue;
    h = step(h, text.charCodeAt(i + 3));
    if (names.has(h)) starts.add(h);
  }
  return starts;
}

/** The hash of the first (up to) four characters of s; null when s is shorter than two. */
function startOf(s: string): number | null {
  if (s.length < 2) return null;
  let h = 0;
  for (let k = 0; k < Math.min(4, s.length); k++) h = step(h, s.charCodeAt(k));
  return h;
}

const step = (h: number, c: number) => (Math.imul(h, 0x01000193) ^ c) >>> 0;

// Hashes of different lengths share one set: a collision only lets a name through to its search.
function standsIn(start: number | null, starts: Starts): boolean {
  return start === null || starts.has(start);
}

const mayStandLoosely = (a: Alias, starts: Starts) => standsIn(a.start, starts) || (!!a.wordStarts && a.wordStarts.every((w) => standsIn(w, starts)));

// Where an alias is found, and how much that says about the claim.
const WEIGHTS = { sentence: 3, paragraph: 2, title: 2, url: 1, page: 1 } as const;
/** Below this the matcher shows no comparison rather than a doubtful one. */
export const MIN_TOPIC_SCORE = 2;
const POPULATION_BONUS = 1;
/** Beyond this many characters from the claim, a name in its sentence weighs a little less. */
const NEAR_CHARS = 80;
const FAR_IN_SENTENCE = 0.5;
/** How long after a topic's end a page may still be about it without naming a year or the event. */
const GRACE_DAYS = 180;
/** How much of a page's text is searched for aliases. */
const PAGE_SCAN = 20000;
/** How far from the claim, in characters, a year in its sentence dates it. */
const YEAR_REACH = 60;

/** Multi-word aliases name the event ("Battle of Mosul", "Hurricane Maria"); single words are places or actors. */
const isName = (a: Alias) => a.folded.includes(' ');

/**
 * The topic a claim is about: aliases of places, operations and actors found near the claim
 * (weighted by nearness and by how many of the candidate topics share the alias). A topic is a
 * candidate only if the time fits — a year in the claim's sentence inside its period, else the
 * page's date inside it (or soon after). A disaster
 * is never matched on a place name alone. Returns null when no topic is clearly ahead.
 */
export function matchTopic(index: TopicIndex, claim: Pick<Claim, 'metric' | 'population' | 'text'> & { lang?: Lang }, place: ClaimPlace, page: PageInfo, pageDate: string | null): TopicMatch | null {
  const sentence = fold(place.sentence);
  if (namesMishap(sentence)) return null;
  const paragraph = fold(place.paragraph);
  const onPage = pageAliases(index, page);
  // Years near the claim date it ("in 2014, 40 were killed"); a year further off in the sentence
  // may belong to another clause ("after the 2008–09 war in which 1,400 died").
  const at = place.at ?? 0;
  // A year in the claim's own clause dates it too: "…: the UN counted 5,600 killed by gangs in 2024".
  const clause = clauseAround(place.sentence, at);
  const inClause = (i: number) => (clause.start > 0 || clause.end < place.sentence.length) && i >= clause.start && i < clause.end && Math.abs(i - at) <= 2 * YEAR_REACH;
  // The claim's own number is not a year ("2000 people were killed").
  const sentenceYears = yearsIn(place.sentence).filter((y) => y.index < at || y.index >= at + claim.text.length);
  const years = sentenceYears.filter((y) => Math.abs(y.index - at) <= YEAR_REACH || inClause(y.index)).map((y) => y.year);
  // "Ten years ago", "fourteen years later": such a phrase dates its whole sentence.
  if (claim.lang) {
    const sentenceAt = place.paragraph.indexOf(place.sentence);
    years.push(...relativeYearsIn(place.sentence, claim.lang, pageDate, sentenceAt > 0 ? place.paragraph.slice(0, sentenceAt) : ''));
  }
  // Every alias found, with the best place it was found in. An alias in the claim's paragraph
  // is on the page too, so only the page's aliases are tried — unless the paragraph lies past
  // the part of the page that was scanned.
  const within = onPage.text.includes(paragraph);
  const found: { a: Alias; weight: number; near: boolean }[] = [];
  const nearStarts = within ? null : startsIn(`${sentence}\n${paragraph}`, index.starts);
  const tried = within
    ? [...onPage.found, ...onPage.loose.map((a) => ({ a, weight: 0 }))]
    : index.aliases.filter((a) => onPage.weights.has(a) || mayStandLoosely(a, nearStarts!)).map((a) => ({ a, weight: onPage.weights.get(a) ?? 0 }));
  for (const { a, weight } of tried) {
    // Near: in the claim's sentence or paragraph (the title weighs as much, but is not near).
    // In a long sentence that names two places, the one beside the claim counts more.
    const inSentence = hasLoosely(a, sentence);
    const far = inSentence && Math.abs(positionIn(a, sentence) - at) > NEAR_CHARS;
    const near = inSentence ? WEIGHTS.sentence - (far ? FAR_IN_SENTENCE : 0) : hasLoosely(a, paragraph) ? WEIGHTS.paragraph : 0;
    if (near || weight) found.push({ a, weight: near || weight, near: near > 0 });
  }
  const hit = new Set(found.flatMap(({ a }) => a.topics));
  // An event named in the claim's sentence by a name only it has ("the Beirut port explosion",
  // "Bosnienkrieg") is what the claim is about, however long ago it was: anniversaries, reviews.
  const namedHere = (id: string) => found.some(({ a, weight }) => weight > WEIGHTS.paragraph && a.topics.length === 1 && a.topics[0] === id && a.event);
  const namedNear = (id: string) => found.some(({ a, near }) => near && a.topics.length === 1 && a.topics[0] === id && a.event);
  let yearsOfParagraph: number[] | null = null;
  const paragraphYears = () => (yearsOfParagraph ??= yearsIn(place.paragraph).map((y) => y.year));
  // A disaster named in the claim's sentence rules out wars; a disaster topic needs one named
  // near the claim or in the title, or its own event name.
  const disasterHere = namesDisaster(sentence);
  const disasterNear = disasterHere || namesDisaster(paragraph) || onPage.titleNamesDisaster;
  const candidates = new Set<string>();
  for (const id of hit) {
    const t = index.topics.get(id)!;
    const isDisaster = t.kind === 'disaster';
    if (disasterHere && !isDisaster) continue;
    if (isDisaster && !disasterNear && !found.some(({ a }) => isName(a) && a.topics.includes(id))) continue;
    if (timeFits(t, years, pageDate) || (years.length === 0 && namedHere(id) && (!pageDate || pageDate >= t.periodStart))) candidates.add(id);
    // "…du génocide des Tutsi, entre avril et juillet 1994. HRW avance … 500 000 victimes": the
    // event named, and dated, in the claim's paragraph dates a sentence that names no year.
    else if (years.length === 0 && sentenceYears.length === 0 && namedNear(id) && paragraphYears().some((y) => inYears(t, y))) candidates.add(id);
  }
  // A part of a war named near the claim stays a candidate after its end while the war fits:
  // a 2019 report on the 2017 battle of Raqqa, within the coalition's campaign.
  for (const { a, near } of found) {
    if (!near) continue;
    for (const id of a.topics) {
      const t = index.topics.get(id)!;
      const started = years.length ? years.some((y) => inYears(t, y)) : !pageDate || pageDate >= t.periodStart;
      if (t.parent && candidates.has(t.parent) && started) candidates.add(id);
    }
  }
  const scores = new Map<string, { score: number; hits: string[]; near: boolean; inSentence: boolean; eventInSentence: boolean; elsewhere: boolean }>();
  for (const { a, weight, near } of found) {
    // An alias a topic shares with its parent ("Syria") speaks for the parent.
    const shared = a.topics.filter((id) => candidates.has(id));
    const ids = shared.filter((id) => !shared.includes(index.topics.get(id)!.parent ?? ''));
    if (ids.length === 0) continue;
    for (const id of ids) {
      const s = scores.get(id) ?? { score: 0, hits: [], near: false, inSentence: false, eventInSentence: false, elsewhere: false };
      // Names found only somewhere on the page (a sidebar's "journaliste colombien" matching both
      // "Colombia" and "Colombie") count once: the page alone never reaches the threshold.
      if (!near && weight <= WEIGHTS.page) {
        if (s.elsewhere) continue;
        s.elsewhere = true;
      }
      s.score += weight / ids.length;
      if (weight >= WEIGHTS.paragraph || s.hits.length === 0) s.hits.push(a.shown);
      if (near) s.near = true;
      if (weight > WEIGHTS.paragraph) s.inSentence = true;
      if (weight > WEIGHTS.paragraph && a.event) s.eventInSentence = true;
      scores.set(id, s);
    }
  }
  const ranked: (TopicMatch & { near: boolean; inSentence: boolean; eventInSentence: boolean })[] = [];
  for (const [id, s] of scores) {
    const topic = index.topics.get(id)!;
    // A part of a wider topic that matches as well as its parent is the more precise answer.
    const parentScore = topic.parent ? scores.get(topic.parent)?.score ?? 0 : 0;
    // Of two topics of one war (its civilians, its soldiers), the one that counts these people.
    const counts = topic.populations ? populationFit(claim.population, topic.populations) * POPULATION_BONUS : 0;
    ranked.push({ topic, score: s.score + Math.min(parentScore, s.score) * 0.5 + counts, hits: s.hits, near: s.near, inSentence: s.inSentence, eventInSentence: s.eventInSentence });
  }
  ranked.sort((a, b) => b.score - a.score);
  let best = ranked[0];
  if (!best || best.score < MIN_TOPIC_SCORE) return null;
  // Named near the claim, the part wins over the whole: Mosul within the coalition's war.
  // Unless the claim's own sentence names the whole as an event and not the part: "in all,
  // the Bosnian war killed 100,000", after a sentence on Srebrenica.
  const child = ranked.find((r) => r.topic.parent === best!.topic.id && r.near && (r.inSentence || !best!.eventInSentence));
  if (child) best = { ...child, score: Math.max(child.score, best.score) };
  const second = ranked.find((r) => r !== best && r.topic.id !== best!.topic.id);
  const related = (x: TopicInfo, y: TopicInfo) => x.parent === y.id || y.parent === x.id;
  if (second && second.score >= best.score * 0.9 && !related(second.topic, best.topic)) return null;
  return { topic: best.topic, score: best.score, hits: best.hits };
}

const COMBATANTS = new Set(['soldiers', 'combatants', 'militants', 'fighters', 'rebels', 'troops', 'police']);
const CIVILIAN_GROUPS = new Set(['children', 'women', 'men', 'elderly']);

/**
 * How well a topic's counted people suit a claim's: 1 when the topic counts them, 0 when it
 * counts everyone ("people") or the claim says only "people" of a topic that counts civilians,
 * -1 otherwise — "40 people killed" in a war with separate civilian and military topics is far
 * more often a civilian toll, since soldiers' deaths are reported as soldiers'.
 */
function populationFit(claimed: string, counted: string[]): number {
  if (claimed === 'people') return counted.every((p) => COMBATANTS.has(p)) ? -1 : 0;
  if (counted.includes(claimed)) return 1;
  if (CIVILIAN_GROUPS.has(claimed) && counted.includes('civilians')) return 1;
  return counted.includes('people') ? 0 : -1;
}

interface PageAliases {
  /** The folded page text that was scanned. */
  text: string;
  found: { a: Alias; weight: number }[];
  weights: Map<Alias, number>;
  /** Names whose words are all on the page, though not together: tried near each claim. */
  loose: Alias[];
  titleNamesDisaster: boolean;
}
const pageCache = new WeakMap<PageInfo, WeakMap<TopicIndex, PageAliases>>();

/** The aliases found in a page's title, URL and text: worked out once per page, not per claim. */
function pageAliases(index: TopicIndex, page: PageInfo): PageAliases {
  let byIndex = pageCache.get(page);
  if (!byIndex) pageCache.set(page, (byIndex = new WeakMap()));
  let r = byIndex.get(index);
  if (r) return r;
  const where = {
    title: fold(page.title ?? ''),
    url: fold(decodeURIComponentSafe(page.url ?? '')),
    page: fold(page.text.length > PAGE_SCAN ? page.text.slice(0, PAGE_SCAN) : page.text),
  };
  const found: { a: Alias; weight: number }[] = [];
  const weights = new Map<Alias, number>();
  const loose: Alias[] = [];
  const starts = startsIn(`${where.title}\n${where.url}\n${where.page}`, index.starts);
  for (const a of index.aliases) {
    if (!mayStandLoosely(a, starts)) continue;
    const w = hasLoosely(a, where.title) ? WEIGHTS.title : has(a, where.url) ? WEIGHTS.url : has(a, where.page) ? WEIGHTS.page : 0;
    if (w) {
      found.push({ a, weight: w });
      weights.set(a, w);
    } else if (a.words && a.words.every((x) => indexOfName(where.page, x) >= 0)) loose.push(a);
  }
  r = { text: where.page, found, weights, loose, titleNamesDisaster: namesDisaster(where.title) };
  byIndex.set(index, r);
  return r;
}

const CLAUSE_BREAK = /[:;—–()]/;

/** The stretch of a sentence around an offset between clause breaks (colons, semicolons, dashes, brackets). */
function clauseAround(sentence: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
  let end = at;
  while (end < sentence.length && !CLAUSE_BREAK.test(sentence[end]!)) end++;
  return { start, end };
}

function inYears(t: TopicInfo, year: number): boolean {
  return year >= Number(t.periodStart.slice(0, 4)) && year <= (t.periodEnd ? Number(t.periodEnd.slice(0, 4)) : 9999);
}

/** Whether a claim dated by its sentence's years, or else by the page's date, falls in the topic's time. */
function timeFits(t: TopicInfo, years: number[], pageDate: string | null): boolean {
  if (years.length) return years.some((y) => inYears(t, y));
  if (!pageDate) return true;
  if (pageDate < t.periodStart) return false;
  if (!t.periodEnd) return true;
  return Date.parse(pageDate) - Date.parse(t.periodEnd) <= GRACE_DAYS * 86_400_000;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
