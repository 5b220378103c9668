import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { languagesOf } from '../../utils/detect/detect-text';
import { detectLanguage } from '../../utils/text/language';
import { annotatedClaim, type AnnotateResponse, type ListClaimsResponse, type TabRequest } from '../../utils/messages';
import { claimAt, findClaims, type PageClaim } from './claims-on-page';
import { declaredLang, publishedDate } from './page-info';
import { PageLexicons } from './page-lexicons';
import { BlockCollector } from './text-blocks';
import { HOST_TAG, TooltipHost } from './tooltip-host';

const SHOW_DELAY = 120;
const HIDE_DELAY = 300;
const PAGE_TEXT_LIMIT = 20000;
const SLICE_MS = 8;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    // Without the Custom Highlight API the page would have to be modified; do nothing instead.
    if (!('highlights' in CSS) || typeof Highlight === 'undefined') return;
    new ClaimHighlighter().start();
  },
});

class ClaimHighlighter {
  private claims: PageClaim[] = [];
  private byKey = new Map<string, PageClaim>();
  private byNode = new Map<Node, PageClaim[]>();
  private highlight = new Highlight();
  private active = new Highlight();
  private collector = new BlockCollector((el) => el.tagName.toLowerCase() === HOST_TAG);
  private tooltip = new TooltipHost((inside) => this.pointerInTooltip(inside), () => this.active.clear());
  private showTimer = 0;
  private hideTimer = 0;
  private hovered: PageClaim | null = null;
  private focusIndex = -1;
  private pendingScan = 0;
  private lang = declaredLang(document);
  private pageText = '';
  private lexicons = new PageLexicons();

  start(): void {
    CSS.highlights.set('crosscount-claim', this.highlight);
    CSS.highlights.set('crosscount-active', this.active);
    // The first read waits for an idle moment, so the page's own loading goes first.
    const first = () => void this.scan(document.body);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(first, { timeout: 1500 });
    else setTimeout(first, 0);
    // Text that arrives later (infinite scroll, single-page apps) is read once, in a batch.
    new MutationObserver((records) => {
      if (records.some((r) => r.addedNodes.length > 0 && !this.tooltip.contains(r.target))) this.scheduleScan();
    }).observe(document.body, { childList: true, subtree: true });
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), { passive: true });
    document.addEventListener('keydown', (e) => this.onKey(e), true);
    browser.runtime.onMessage.addListener((msg: unknown, _s, send) => this.onTabRequest(msg as TabRequest, send));
  }

  private scheduleScan(): void {
    if (this.pendingScan) return;
    this.pendingScan = window.setTimeout(() => {
      this.pendingScan = 0;
      void this.scan(document.body);
    }, 500);
  }

  private async scan(root: Node): Promise<void> {
    const blocks = this.collector.collect(root);
    if (blocks.length === 0) return;
    // The page's text as collected (no layout is forced), for aliases found away from a claim.
    if (this.pageText.length < PAGE_TEXT_LIMIT) {
      this.pageText = (this.pageText + '\n' + blocks.map((b) => b.text).join('\n')).slice(0, PAGE_TEXT_LIMIT);
    }
    this.lang ??= detectLanguage(this.pageText.slice(0, 2000)) ?? undefined;
    // Detection runs in slices that leave the main thread free for the page (no long tasks): the
    // first read of the DOM, each language's word lists and each few blocks are tasks of their own.
    await yieldToPage();
    // The word lists of the languages the blocks are in, from the background; compiled as they arrive.
    const langs = new Set(blocks.flatMap((b) => [...languagesOf(b.text, { fallbackLang: this.lang })]));
    await this.lexicons.load(langs).catch(() => {
      // The background may be restarting: blocks without their lexicon are skipped.
    });
    await yieldToPage();
    const found: PageClaim[] = [];
    let sliceStart = performance.now();
    for (const block of blocks) {
      found.push(...findClaims([block], this.lang, this.lexicons.get));
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    if (found.length === 0) return;
    for (const c of found) {
      this.claims.push(c);
      this.byKey.set(c.key, c);
      this.highlight.add(c.range);
      for (const n of new Set([c.range.startContainer, c.range.endContainer])) {
        const list = this.byNode.get(n) ?? [];
        list.push(c);
        this.byNode.set(n, list);
      }
    }
    this.claims.sort((a, b) => compareRanges(a.range, b.range));
    const page = {
      title: document.title,
      url: location.href,
      published: publishedDate(document),
      text: this.pageText,
    };
    try {
      const res = (await browser.runtime.sendMessage({ type: 'annotate', page, claims: found.map((c) => c.query) })) as AnnotateResponse;
      for (const m of res?.claims ?? []) {
        const c = this.byKey.get(m.key);
        if (c) c.annotated = annotatedClaim(c.query.claim, m, res.alternatives);
      }
      // The pointer may have come to rest on a claim before its comparison arrived.
      if (this.hovered?.annotated && !this.tooltip.isOpen()) this.open(this.hovered, false);
    } catch {
      // The background may be restarting; the claims stay highlighted and are annotated next scan.
    }
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.tooltip.contains(e.target as Node)) return;
    const c = this.hitTest(e.clientX, e.clientY);
    if (c === this.hovered) return;
    this.hovered = c;
    window.clearTimeout(this.showTimer);
    if (c) {
      window.clearTimeout(this.hideTimer);
      this.showTimer = window.setTimeout(() => this.open(c, false), SHOW_DELAY);
    } else if (this.tooltip.isOpen()) {
      this.hideTimer = window.setTimeout(() => this.tooltip.hide(), HIDE_DELAY);
    }
  }

  private pointerInTooltip(inside: boolean): void {
    window.clearTimeout(this.hideTimer);
    if (!inside && !this.hovered) this.hideTimer = window.setTimeout(() => this.tooltip.hide(), HIDE_DELAY);
  }

  /** The claim under the pointer: a caret position, then a check against the claim's boxes. */
  private hitTest(x: number, y: number): PageClaim | null {
    if (this.claims.length === 0) return null;
    let node: Node | null = null;
    let offset = 0;
    if (typeof document.caretPositionFromPoint === 'function') {
      const p = document.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else if (typeof document.caretRangeFromPoint === 'function') {
      const r = document.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    if (!node) return null;
    // The caret snaps to the nearest character: check the point is inside the claim's boxes.
    for (const candidate of [claimAt(this.byNode, node, offset), claimAt(this.byNode, node, offset - 1)]) {
      if (!candidate) continue;
      for (const rect of liveRange(candidate.range).getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return candidate;
      }
    }
    return null;
  }

  private open(c: PageClaim, focus: boolean): void {
    if (!c.annotated) return;
    const rects = liveRange(c.range).getClientRects();
    const anchor = rects[0] ?? liveRange(c.range).getBoundingClientRect();
    this.active.clear();
    this.active.add(c.range);
    this.tooltip.show(c.key, c.annotated, anchor, focus);
  }

  /** Alt+Shift+↓ / ↑ move from claim to claim; Escape closes the card. */
  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.tooltip.isOpen()) {
      this.tooltip.hide();
      return;
    }
    if (!e.altKey || !e.shiftKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    const visible = this.claims.filter((c) => c.annotated);
    if (visible.length === 0) return;
    e.preventDefault();
    this.focusIndex = (this.focusIndex + (e.key === 'ArrowDown' ? 1 : -1) + visible.length) % visible.length;
    this.reveal(visible[this.focusIndex]!, true);
  }

  private reveal(c: PageClaim, focus: boolean): void {
    const el = c.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const flash = new Highlight(c.range);
    CSS.highlights.set('crosscount-flash', flash);
    window.setTimeout(() => CSS.highlights.delete('crosscount-flash'), 1600);
    requestAnimationFrame(() => this.open(c, focus));
  }

  private onTabRequest(msg: TabRequest, send: (r: unknown) => void): boolean {
    if (msg?.type === 'listClaims') {
      const res: ListClaimsResponse = { claims: this.claims.flatMap((c) => (c.annotated ? [{ ...c.annotated, key: c.key }] : [])) };
      send(res);
      return false;
    }
    if (msg?.type === 'reveal') {
      const c = this.byKey.get(msg.key);
      if (c) this.reveal(c, false);
      send({ ok: !!c });
      return false;
    }
    return false;
  }
}

function liveRange(r: StaticRange): Range {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

function compareRanges(a: StaticRange, b: StaticRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
