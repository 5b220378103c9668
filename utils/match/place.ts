/**
 * A claim's place in its text: the sentence and paragraph around it. Split from the matcher so
 * that the content script, which only cuts places out, does not load the matcher.
 */
export interface ClaimPlace {
  sentence: string;
  paragraph: string;
  /** Where the claim starts in its sentence. */
  at?: number;
}

const SENTENCE_END = /[.!?؟\n]/;

/** The sentence and paragraph around [start, end) of a text. */
export function placeOf(text: string, start: number, end: number): ClaimPlace {
  let ps = text.lastIndexOf('\n', start - 1) + 1;
  let pe = text.indexOf('\n', end);
  if (pe < 0) pe = text.length;
  let ss = start;
  while (ss > ps && !(SENTENCE_END.test(text[ss - 1]!) && /\s/.test(text[ss] ?? ' '))) ss--;
  let se = end;
  while (se < pe && !(SENTENCE_END.test(text[se]!) && /\s|$/.test(text[se + 1] ?? ''))) se++;
  // Keep paragraphs to a bounded size on pages whose text has no line breaks.
  ps = Math.max(ps, start - 1500);
  pe = Math.min(pe, end + 1500);
  return { sentence: text.slice(ss, se), paragraph: text.slice(ps, pe), at: start - ss };
}
