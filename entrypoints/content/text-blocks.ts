/**
 * The page's text as blocks the detector reads: each block element's text across its inline
 * children ("<b>3</b> آلاف" is one "3 آلاف"), with a map from block offsets back to text nodes.
 * Nothing on the page is changed.
 */
export interface TextBlock {
  nodes: Text[];
  /** starts[i]: offset of nodes[i] in text. */
  starts: number[];
  text: string;
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD', 'SAMP',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'TEMPLATE', 'BUTTON', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'ARTICLE', 'SECTION',
  'FIGCAPTION', 'FIGURE', 'DD', 'DT', 'BODY', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'TABLE', 'TR',
  'UL', 'OL', 'DL', 'FORM', 'FIELDSET', 'CAPTION', 'SUMMARY', 'DETAILS', 'ADDRESS', 'CENTER', 'HTML', 'BR', 'HR',
]);

/** For each element: the block it belongs to, or null when its text is not for reading. */
type Place = Element | null;

export class BlockCollector {
  private places = new WeakMap<Element, Place>();
  private seen = new WeakSet<Text>();

  constructor(private ignore: (el: Element) => boolean) {}

  private placeOf(el: Element): Place {
    const cached = this.places.get(el);
    if (cached !== undefined) return cached;
    let place: Place;
    if (SKIP.has(el.tagName.toUpperCase()) || this.ignore(el) || (el as HTMLElement).isContentEditable && el.getAttribute('contenteditable') !== null) place = null;
    else if ((el as HTMLElement).isContentEditable) place = null;
    else if (BLOCK.has(el.tagName.toUpperCase()) || !el.parentElement) {
      place = el.parentElement && this.placeOf(el.parentElement) === null ? null : el;
    } else place = this.placeOf(el.parentElement);
    this.places.set(el, place);
    return place;
  }

  /** The blocks of text under root that were not collected before. */
  collect(root: Node): TextBlock[] {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const byBlock = new Map<Element, TextBlock>();
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (this.seen.has(n)) continue;
      const parent = n.parentElement;
      const data = n.data;
      if (!parent || data.length === 0) continue;
      const block = this.placeOf(parent);
      if (!block) continue;
      this.seen.add(n);
      let b = byBlock.get(block);
      if (!b) {
        b = { nodes: [], starts: [], text: '' };
        byBlock.set(block, b);
      }
      b.starts.push(b.text.length);
      b.nodes.push(n);
      // Line breaks in the source are spaces on screen; keep the length so offsets map back.
      b.text += data.replace(/[\n\r]/g, ' ');
    }
    return [...byBlock.values()].filter((b) => /\d|\p{L}/u.test(b.text));
  }
}

/** The text-node position of a block offset; `end` prefers the node where a span ends. */
export function nodeAt(block: TextBlock, offset: number, end: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (!end && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = block.nodes[lo]!;
  return { node, offset: Math.min(offset - block.starts[lo]!, node.length) };
}

export function rangeOf(block: TextBlock, start: number, end: number): StaticRange {
  const s = nodeAt(block, start, false);
  const e = nodeAt(block, end, true);
  return new StaticRange({ startContainer: s.node, startOffset: s.offset, endContainer: e.node, endOffset: e.offset });
}
