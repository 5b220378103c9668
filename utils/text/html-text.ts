/**
 * A page's readable text from its HTML source, without a DOM (for the annotate CLI): scripts,
 * styles, code and form fields dropped, block elements as line breaks, entities decoded, and
 * the title and publication date read from the usual places.
 */
export interface HtmlPage {
  title: string;
  text: string;
  published: string | null;
}

const SKIP = /<(script|style|noscript|template|textarea|code|pre|svg|select|button|head)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|aside|nav|blockquote|figcaption|figure|main|dd|dt|hr)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', thinsp: '\u2009', ndash: '–', mdash: '—', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

export function htmlToPage(html: string): HtmlPage {
  const title = decodeEntities(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '').trim();
  const published =
    /<meta[^>]+property=["']article:published_time["'][^>]+content=["']([^"']+)/i.exec(html)?.[1] ??
    /<meta[^>]+content=["']([^"']+)["'][^>]+property=["']article:published_time/i.exec(html)?.[1] ??
    /"datePublished"\s*:\s*"([^"]+)"/.exec(html)?.[1] ??
    /<time[^>]+datetime=["']([^"']+)/i.exec(html)?.[1] ??
    null;
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(SKIP, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '');
  const text = decodeEntities(body)
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
  return { title, text, published: published ? published.slice(0, 10) : null };
}
