import type { Claim } from '../claim';
import { foldWord } from '../text/fold';

/** What the matcher needs of a topic (the database keeps topics without their estimates). */
export interface TopicInfo {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string | null;
  parent: string | null;
  /** war, campaign, battle, siege, massacre, attack, disaster. */
  kind?: string;
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

/** Where a claim stands: its sentence and paragraph. */
export interface ClaimPlace {
  sentence: string;
  paragraph: string;
}

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
  wholeWord: RegExp | null;
  topics: string[];
}

export interface TopicIndex {
  topics: Map<string, TopicInfo>;
  aliases: Alias[];
}

const fold = (s: string) => foldWord(s).replace(/[\s\-_]+/g, ' ');

export function buildTopicIndex(topics: TopicInfo[]): TopicIndex {
  const byFolded = new Map<string, Alias>();
  for (const t of topics) {
    for (const list of Object.values(t.aliases)) {
      for (const shown of list) {
        const folded = fold(shown).trim();
        if (folded.length < 2) continue;
        let a = byFolded.get(folded);
        if (!a) {
          const wholeWord = folded.length < 5 ? new RegExp(`(?<![\\p{L}\\p{N}])${escape(folded)}(?![\\p{L}\\p{N}])`, 'u') : null;
          a = { folded, shown, wholeWord, topics: [] };
          byFolded.set(folded, a);
        }
        if (!a.topics.includes(t.id)) a.topics.push(t.id);
      }
    }
  }
  return { topics: new Map(topics.map((t) => [t.id, t])), aliases: [...byFolded.values()] };
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function has(a: Alias, text: string): boolean {
  return a.wholeWord ? a.wholeWord.test(text) : text.includes(a.folded);
}

// Where an alias is found, and how much that says about the claim.
const WEIGHTS = { sentence: 3, paragraph: 2, title: 2, url: 1, page: 1 } as const;
/** Below this the matcher shows no comparison rather than a doubtful one. */
export const MIN_TOPIC_SCORE = 2.5;
/** How long after a topic's end a page may still be about it without naming a year or the event. */
const GRACE_DAYS = 180;
const YEAR = /(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])/g;

/** Multi-word aliases name the event ("Battle of Mosul", "Hurricane Maria"); single words are places or actors. */
const isName = (a: Alias) => a.folded.includes(' ');

/**
 * The topic a claim is about: aliases of places, operations and actors found near the claim
 * (weighted by nearness and by how many of the candidate topics share the alias). A topic is a
 * candidate only if the time fits — a year in the claim's sentence inside its period, else the
 * page's date inside it (or soon after). A disaster
 * is never matched on a place name alone. Returns null when no topic is clearly ahead.
 */
export function matchTopic(index: TopicIndex, _claim: Pick<Claim, 'metric'>, place: ClaimPlace, page: PageInfo, pageDate: string | null): TopicMatch | null {
  const where = {
    sentence: fold(place.sentence),
    paragraph: fold(place.paragraph),
    title: fold(page.title ?? ''),
    url: fold(decodeURIComponentSafe(page.url ?? '')),
    page: fold(page.text.length > 20000 ? page.text.slice(0, 20000) : page.text),
  };
  const years = [...place.sentence.matchAll(YEAR)].map((m) => Number(m[1]));
  // Every alias found, with the best place it was found in.
  const found: { a: Alias; weight: number }[] = [];
  for (const a of index.aliases) {
    let best = 0;
    for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
      if (WEIGHTS[key] > best && has(a, where[key])) best = WEIGHTS[key];
    }
    if (best) found.push({ a, weight: best });
  }
  const hit = new Set(found.flatMap(({ a }) => a.topics));
  const candidates = new Set<string>();
  for (const id of hit) {
    const t = index.topics.get(id)!;
    if (t.kind === 'disaster' && !found.some(({ a }) => isName(a) && a.topics.includes(id))) continue;
    if (timeFits(t, years, pageDate)) candidates.add(id);
  }
  const scores = new Map<string, { score: number; hits: string[]; near: boolean }>();
  for (const { a, weight } of found) {
    const ids = a.topics.filter((id) => candidates.has(id));
    if (ids.length === 0) continue;
    for (const id of ids) {
      const s = scores.get(id) ?? { score: 0, hits: [], near: false };
      s.score += weight / ids.length;
      if (weight >= WEIGHTS.paragraph || s.hits.length === 0) s.hits.push(a.shown);
      if (weight >= WEIGHTS.paragraph && weight !== WEIGHTS.title) s.near = true;
      scores.set(id, s);
    }
  }
  const ranked: (TopicMatch & { near: boolean })[] = [];
  for (const [id, s] of scores) {
    const topic = index.topics.get(id)!;
    // A part of a wider topic that matches as well as its parent is the more precise answer.
    const parentScore = topic.parent ? scores.get(topic.parent)?.score ?? 0 : 0;
    ranked.push({ topic, score: s.score + Math.min(parentScore, s.score) * 0.5, hits: s.hits, near: s.near });
  }
  ranked.sort((a, b) => b.score - a.score);
  let best = ranked[0];
  if (!best || best.score < MIN_TOPIC_SCORE) return null;
  // Named near the claim, the part wins over the whole: Mosul within the coalition's war.
  const child = ranked.find((r) => r.topic.parent === best!.topic.id && r.near);
  if (child) best = { ...child, score: Math.max(child.score, best.score) };
  const second = ranked.find((r) => r !== best && r.topic.id !== best!.topic.id);
  const related = (x: TopicInfo, y: TopicInfo) => x.parent === y.id || y.parent === x.id;
  if (second && second.score >= best.score * 0.9 && !related(second.topic, best.topic)) return null;
  return { topic: best.topic, score: best.score, hits: best.hits };
}

/** Whether a claim dated by its sentence's years, or else by the page's date, falls in the topic's time. */
function timeFits(t: TopicInfo, years: number[], pageDate: string | null): boolean {
  const startYear = Number(t.periodStart.slice(0, 4));
  const endYear = t.periodEnd ? Number(t.periodEnd.slice(0, 4)) : 9999;
  if (years.length) return years.some((y) => y >= startYear && y <= endYear);
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
