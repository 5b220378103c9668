import { foldWord } from '../text/fold';

export type TokenKind = 'num' | 'word' | 'punct' | 'time';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Folded word (words), the character (punctuation), or the raw digits (numbers). */
  text: string;
  /** Whether white space or a line break comes before this token. */
  spaced: boolean;
}

const D = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9]';
// Group separators: comma, dot, apostrophe, Arabic thousands sign, and the no-break, thin,
// narrow and figure spaces. A group is exactly three digits not followed by a fourth.
const SEP = "[,.'\\u2019\\u066c\\u00a0\\u2009\\u202f\\u2007]";
const SEP_WITH_SPACE = "[,.'\\u2019\\u066c\\u00a0\\u2009\\u202f\\u2007 ]";
const WORD = "[\\p{L}\\p{M}\\u00ad\\u200c\\u200d]+(?:[\\u05f3\\u05f4\"'](?=[\\u05d0-\\u05ea])[\\p{L}\\p{M}]+)*";
const TIME = `${D}{1,2}:${D}{2}(?!${D})`;

function tokenRegex(sep: string): RegExp {
  const grouped = `${D}{1,3}(?:${sep}${D}{3}(?!${D}))+(?:[.,\\u066b]${D}+)?`;
  const plain = `${D}+(?:[.,\\u066b]${D}+)?`;
  return new RegExp(`(${TIME})|(${grouped}|${plain})|(${WORD})|(\\S)`, 'gu');
}
const RE_TIGHT = tokenRegex(SEP);
const RE_SPACED = tokenRegex(SEP_WITH_SPACE);
const SPACE = /\s/;

/** Splits text[start, end) into tokens. With spaceGroups, "12 500" is one number. */
export function tokenize(text: string, start: number, end: number, spaceGroups: boolean): Token[] {
  const re = spaceGroups ? RE_SPACED : RE_TIGHT;
  const slice = text.slice(start, end);
  const out: Token[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = re.exec(slice)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    const spaced = s > prevEnd || s === 0;
    prevEnd = e;
    // Bidi and other format marks between tokens are not tokens.
    if (m[4] !== undefined && /\p{Cf}/u.test(m[4])) continue;
    const kind: TokenKind = m[1] ? 'time' : m[2] ? 'num' : m[3] ? 'word' : 'punct';
    let body = m[0];
    let tokEnd = e;
    // A spaced group match may swallow a trailing plain space before a non-group: never the case
    // with the regex above, but a number never ends in a separator.
    if (kind === 'num' && SPACE.test(body[body.length - 1]!)) {
      body = body.trimEnd();
      tokEnd = s + body.length;
    }
    out.push({
      kind,
      start: start + s,
      end: start + tokEnd,
      text: kind === 'word' ? foldWord(body) : body,
      spaced: spaced || (s > 0 && SPACE.test(slice[s - 1]!)),
    });
  }
  return out;
}
