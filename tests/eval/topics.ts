import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../utils/claim';
import { detectClaims } from '../../utils/detect/detect';
import { toRecords, type EstimateRecord, type Topic } from '../../utils/dataset/schema';
import { annotateClaims } from '../../utils/match/annotate';
import { buildTopicIndex } from '../../utils/match/topic';
import { locate } from './corpus';

/** A passage labelled with the topic each of its claims belongs to (null: none of the dataset's). */
export interface TopicPassage {
  id: string;
  lang: Lang;
  title?: string;
  url?: string;
  published?: string;
  text: string;
  claims: { span: string; nth?: number; topic: string | null; start: number; end: number }[];
}

export const TOPIC_CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'topics');

export function loadTopicCorpus(dir = TOPIC_CORPUS_DIR): TopicPassage[] {
  const out: TopicPassage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const p = JSON.parse(line) as TopicPassage;
      p.claims = p.claims.map((c) => {
        const [start, end] = locate(p.id, p.text, c.span, c.nth);
        return { ...c, start, end };
      });
      out.push(p);
    }
  }
  return out;
}

export interface TopicScores {
  claims: number;
  /** Labelled claims the detector found (topic accuracy is over these). */
  found: number;
  correct: number;
  /** A topic shown where another (or none) was right: the costly error. */
  wrong: number;
  /** No topic shown where one was right: a comparison missed. */
  missed: number;
  accuracy: number;
  wrongRate: number;
}

export function scoreTopics(passages: TopicPassage[], topics: Topic[]) {
  const index = buildTopicIndex(topics);
  const byTopic = new Map<string, EstimateRecord[]>();
  for (const r of toRecords(topics)) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);
  let claims = 0, found = 0, correct = 0, wrong = 0, missed = 0;
  const errors: string[] = [];
  for (const p of passages) {
    const got = annotateClaims(detectClaims(p.text), p.text, { text: p.text, title: p.title, url: p.url, published: p.published ?? null }, index, (id) => byTopic.get(id) ?? []);
    for (const g of p.claims) {
      claims++;
      const c = got.find((x) => x.start < g.end && g.start < x.end);
      if (!c) continue;
      found++;
      const t = c.topic?.id ?? null;
      if (t === g.topic) correct++;
      else {
        if (t === null) missed++;
        else wrong++;
        errors.push(`${p.id} "${g.span}": expected ${g.topic ?? 'none'}, got ${t ?? 'none'}${c.reason ? ` (${c.reason})` : ''}`);
      }
    }
  }
  const scores: TopicScores = {
    claims, found, correct, wrong, missed,
    accuracy: found ? correct / found : 1,
    wrongRate: found ? wrong / found : 0,
  };
  return { scores, errors };
}
