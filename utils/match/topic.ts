import type { Claim } from '../claim';
import { foldWord } from '../text/fold';

/** What the matcher needs of a topic (the database keeps topics without their estimates). */
export interface TopicInfo {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string | null;
  parent: string | null;
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

/**
 * The topic a claim is about: aliases of places, operations and actors found near the claim
 * (weighted by nearness and by how many topics share the alias), with the page date inside
 * the topic's period. Returns null when no topic is clearly ahead.
 */
export function matchTopic(index: TopicIndex, _claim: Pick<Claim, 'metric'>, place: ClaimPlace, page: PageInfo, pageDate: string | null): TopicMatch | null {
  const where = {
    sentence: fold(place.sentence),
    paragraph: fold(place.paragraph),
    title: fold(page.title ?? ''),
    url: fold(decodeURIComponentSafe(page.url ?? '')),
    page: fold(page.text.length > 20000 ? page.text.slice(0, 20000) : page.text),
  };
  const scores = new Map<string, { score: number; hits: string[] }>();
  for (const a of index.aliases) {
    let best = 0;
    for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
      if (WEIGHTS[key] > best && has(a, where[key])) best = WEIGHTS[key];
    }
    if (!best) continue;
    const w = best / a.topics.length;
    for (const id of a.topics) {
      const s = scores.get(id) ?? { score: 0, hits: [] };
      s.score += w;
      if (best >= WEIGHTS.paragraph || s.hits.length === 0) s.hits.push(a.shown);
      scores.set(id, s);
    }
  }
  const ranked: TopicMatch[] = [];
  for (const [id, s] of scores) {
    const topic = index.topics.get(id)!;
    if (pageDate && !dateFits(topic, pageDate)) continue;
    // A part of a wider topic that matches as well as its parent is the more precise answer.
    const parentScore = topic.parent ? scores.get(topic.parent)?.score ?? 0 : 0;
    ranked.push({ topic, score: s.score + Math.min(parentScore, s.score) * 0.5, hits: s.hits });
  }
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.score < MIN_TOPIC_SCORE) return null;
  const second = ranked[1];
  if (second && second.score >= best.score * 0.9 && second.topic.parent !== best.topic.id && best.topic.parent !== second.topic.id) return null;
  return best;
}

/** A page can only be about a topic that had begun by the time it was written. */
function dateFits(t: TopicInfo, pageDate: string): boolean {
  return pageDate >= t.periodStart;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
