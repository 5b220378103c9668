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

/** Bidi and other invisible format marks: not tokens of their own. */
function isFormatMark(c: number): boolean {
  return c === 0xad || c === 0x61c || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** Splits text[start, end) into tokens. With spaceGroups, "12 500" is one number. */
export function tokenize(text: string, start: number, end: number, spaceGroups: boolean): Token[] {
  const re = spaceGroups ? RE_SPACED : RE_TIGHT;
  const out: Token[] = [];
  re.lastIndex = start;
  let prevEnd = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const s = m.index;
    let e = s + m[0].length;
    const spaced = s === start || s > prevEnd || isSpace(text.charCodeAt(s - 1));
    prevEnd = e;
    if (m[4] !== undefined && isFormatMark(m[4].charCodeAt(0))) continue;
    const kind: TokenKind = m[1] ? 'time' : m[2] ? 'num' : m[3] ? 'word' : 'punct';
    let body = m[0];
    if (e > end) {
      // A token running past the block's end is cut there.
      body = body.slice(0, end - s);
      e = end;
    }
    // A number never ends in a separator space.
    if (kind === 'num' && isSpace(body.charCodeAt(body.length - 1))) {
      body = body.trimEnd();
      e = s + body.length;
    }
    out.push({ kind, start: s, end: e, text: kind === 'word' ? foldWord(body) : body, spaced });
  }
  return out;
}
