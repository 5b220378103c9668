/**
 * `npm run eval`: the detector's precision, recall, F1 and number-reading accuracy per language
 * on the labelled corpus in tests/fixtures/detect. --lang xx limits it, --misses lists errors,
 * --corpus NAME (or --holdout, --holdout2) reads a held-out corpus instead; --topics NAME another
 * topic set.
 */
import { join } from 'node:path';
import { CORPUS_DIR, loadCorpus } from '../../tests/eval/corpus';
import { score } from '../../tests/eval/score';
import { LANGS } from '../claim';

const args = process.argv.slice(2);
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : null;
const showMisses = args.includes('--misses');
// --corpus NAME reads tests/fixtures/NAME; --holdout and --holdout2 are its short forms.
const holdoutSet = args.includes('--corpus')
  ? args[args.indexOf('--corpus') + 1] ?? null
  : args.includes('--holdout2') ? 'detect-holdout-2' : args.includes('--holdout') ? 'detect-holdout' : null;
const holdout = holdoutSet !== null;
const dir = holdoutSet ? join(CORPUS_DIR, '..', holdoutSet) : CORPUS_DIR;
const corpus = loadCorpus(dir).filter((p) => !only || p.lang === only);
console.log(holdout ? `Held-out corpus (tests/fixtures/${holdoutSet}: never seen by the lexicon writers)` : 'Development corpus (tests/fixtures/detect)');

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log('lang  passages  gold  found    P       R       F1   numbers  metric');
const row = (name: string, ps: typeof corpus) => {
  const { scores: s, misses } = score(ps);
  console.log(
    `${name.padEnd(5)} ${String(s.passages).padStart(8)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ` +
    `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${pct(s.numberAccuracy)}  ${pct(s.metricAccuracy)}`,
  );
  return misses;
};
const allMisses = [];
for (const lang of LANGS) {
  const ps = corpus.filter((p) => p.lang === lang);
  if (ps.length) allMisses.push(...row(lang, ps));
}
row('all', corpus);
if (showMisses) for (const m of allMisses) console.log(`${m.kind.padEnd(8)} ${m.id}  ${m.detail}`);

// Topic matching: which dataset topic each claim is matched to, against the labelled set.
if (!holdout) {
  const { readDataset } = await import('../dataset/read-files');
  const { loadTopicCorpus, scoreTopics } = await import('../../tests/eval/topics');
  // --topics NAME reads the topic set tests/fixtures/NAME (topics-holdout: written in session 3 and
  // scored, not tuned on).
  const topicSet = args.includes('--topics') ? args[args.indexOf('--topics') + 1] : null;
  const passages = loadTopicCorpus(topicSet ? join(CORPUS_DIR, '..', topicSet) : undefined).filter((p) => !only || p.lang === only);
  const { scores: t, errors } = scoreTopics(passages, readDataset());
  console.log(`\nTopic matching: ${passages.length} passages, ${t.claims} labelled claims, ${t.found} found by the detector`);
  console.log(`topic accuracy ${pct(t.accuracy)}   wrong topic ${pct(t.wrongRate)}   no topic where one was right ${pct(t.found ? t.missed / t.found : 0)}`);
  if (showMisses) for (const e of errors) console.log(`topic    ${e}`);
}
