import { describe, expect, it } from 'vitest';
import floor from '../eval/floor.json';
import { loadCorpus } from '../eval/corpus';
import { score } from '../eval/score';
import { loadTopicCorpus, scoreTopics } from '../eval/topics';
import { readDataset } from '../../utils/dataset/read-files';

const corpus = loadCorpus();

describe('detection quality on the labelled corpus', () => {
  it.each(Object.entries(floor.f1))('%s F1 stays at or above its floor (%s)', (lang, min) => {
    const passages = corpus.filter((p) => p.lang === lang);
    expect(passages.length).toBeGreaterThanOrEqual(30);
    expect(score(passages).scores.f1).toBeGreaterThanOrEqual(min);
  });
  it('reads the numbers of the claims it finds', () => {
    const langs = Object.keys(floor.f1);
    const { scores } = score(corpus.filter((p) => langs.includes(p.lang)));
    expect(scores.numberAccuracy).toBeGreaterThanOrEqual(floor.numberAccuracy);
  });
  it('every labelled span is where the corpus says', () => {
    for (const p of corpus) for (const c of p.claims) expect(p.text.slice(c.start, c.end)).toBe(c.span);
  });
});

describe('topic matching on the labelled set', () => {
  const { scores } = scoreTopics(loadTopicCorpus(), readDataset());
  it('matches claims to their topic at or above its floor', () => {
    expect(scores.found).toBeGreaterThanOrEqual(200);
    expect(scores.accuracy).toBeGreaterThanOrEqual(floor.topics.accuracy);
  });
  it('shows a wrong topic no more often than its ceiling', () => {
    expect(scores.wrongRate).toBeLessThanOrEqual(floor.topics.wrongRate);
  });
});
