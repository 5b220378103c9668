/**
 * `npm run bench`: the detector's throughput on a 10,000-word text per language (built from the
 * labelled corpus, so it is dense with numbers: a worst case), against a floor — one pass of a
 * single digits regular expression over the same text — and against a public peer,
 * @microsoft/recognizers-text-number, where installed. Prints figures; asserts nothing.
 */
import { loadCorpus } from '../eval/corpus';
import { detectClaims } from '../../utils/detect/detect';
import { LANGS } from '../../utils/claim';

const corpus = loadCorpus();

function textOf(lang: string, words = 10_000): string {
  const parts = corpus.filter((p) => p.lang === lang).map((p) => p.text);
  let out = '';
  let n = 0;
  for (let i = 0; n < words; i++) {
    const t = parts[i % parts.length]!;
    out += t + '\n';
    n += t.split(/\s+/).length;
  }
  return out;
}

/**
 * The median time of one call, over at least `minMs` of calls (and 5 of them): on a shared machine
 * the mean takes in every pause of other work; the median is what a call usually costs.
 */
function time(fn: () => unknown, minMs = 300): number {
  fn();
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < minMs || times.length < 5) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

// The peer reads numbers only (no casualty logic): the comparison flatters it. Its own culture
// where it has one, English otherwise.
const PEER_CULTURE: Partial<Record<string, string>> = { en: 'en-us', fr: 'fr-fr', es: 'es-es' };
let peer: ((t: string, lang: string) => unknown) | null = null;
try {
  const mod = await import('@microsoft/recognizers-text-number');
  peer = (t: string, lang: string) => mod.recognizeNumber(t, PEER_CULTURE[lang] ?? 'en-us');
} catch {
  peer = null;
}

console.log('lang   chars    detector ms   floor ms   ×floor   words ×floor   claims' + (peer ? '   peer ms   peer/detector' : ''));
for (const lang of LANGS) {
  const text = textOf(lang);
  if (text.length === 0) continue;
  const d = time(() => detectClaims(text));
  const f = time(() => {
    const re = /\d+/g;
    let n = 0;
    while (re.exec(text)) n++;
    return n;
  });
  // The least a reader of number words must do: visit every word once, and nothing else.
  const w = time(() => {
    const re = /\p{L}+/gu;
    let n = 0;
    while (re.exec(text)) n++;
    return n;
  });
  const claims = detectClaims(text).length;
  let line = `${lang.padEnd(5)} ${String(text.length).padStart(7)}   ${d.toFixed(2).padStart(10)}   ${f.toFixed(3).padStart(8)}   ${(d / f).toFixed(1).padStart(6)}   ${(w / f).toFixed(1).padStart(12)}   ${String(claims).padStart(6)}`;
  if (peer) {
    const p = time(() => peer!(text, lang), 1000);
    line += `   ${p.toFixed(1).padStart(7)}   ${(p / d).toFixed(1).padStart(8)}`;
  }
  console.log(line);
}
if (!peer) console.log('(peer @microsoft/recognizers-text-number not installed: npm ci installs it)');
console.log('median of repeated calls; floor: one pass of /\\d+/g over the same text; words: one pass of /\\p{L}+/gu (every word visited, nothing read); peer: recognizeNumber on the same text.');
