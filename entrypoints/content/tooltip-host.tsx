import { render } from 'preact';
import { Tooltip } from '../../components/Tooltip';
import tooltipCss from '../../components/tooltip.css?inline';
import type { AnnotatedClaim } from '../../utils/match/annotate';

export const HOST_TAG = 'crosscount-ui';
const GAP = 6;
const MARGIN = 8;

/**
 * The tooltip's home: one element with an open shadow root, added to the page the first time
 * it is needed, so that page styles and ours cannot reach each other.
 */
export class TooltipHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  current: string | null = null;

  constructor(private onPointerInside: (inside: boolean) => void, private onClosed: () => void) {}

  private ensure(): { root: ShadowRoot; mount: HTMLElement } {
    if (!this.host || !this.host.isConnected) {
      this.host = document.createElement(HOST_TAG);
      this.root = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = tooltipCss;
      this.mount = document.createElement('div');
      this.root.append(style, this.mount);
      this.mount.addEventListener('pointerenter', () => this.onPointerInside(true));
      this.mount.addEventListener('pointerleave', () => this.onPointerInside(false));
      this.mount.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.hide();
        }
      });
      document.documentElement.append(this.host);
    }
    return { root: this.root!, mount: this.mount! };
  }

  isOpen(): boolean {
    return this.current !== null;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  /** Shows the card for a claim next to its rectangle: below it, or above when there is no room. */
  show(key: string, claim: AnnotatedClaim, anchor: DOMRect, focus = false): void {
    const { mount } = this.ensure();
    this.current = key;
    render(<Tooltip claim={claim} onClose={() => this.hide()} />, mount);
    const box = mount.firstElementChild as HTMLElement;
    box.style.left = '0px';
    box.style.top = '0px';
    const { width, height } = box.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    let top = anchor.bottom + GAP;
    if (top + height > vh - MARGIN && anchor.top - GAP - height >= MARGIN) top = anchor.top - GAP - height;
    top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
    const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(top)}px`;
    if (focus) box.focus();
  }

  hide(): void {
    if (!this.mount || this.current === null) return;
    render(null, this.mount);
    this.current = null;
    this.onClosed();
  }
}
