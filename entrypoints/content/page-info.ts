import { LANGS, type Lang } from '../../utils/claim';

/** The page's publication date from its metadata: Open Graph, JSON-LD, or a <time> element. */
export function publishedDate(doc: Document): string | null {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"]');
  if (meta?.content) return meta.content;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (m) return m[1]!;
  }
  return doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
}

/** The language the page declares, if the detector reads it. */
export function declaredLang(doc: Document): Lang | undefined {
  const code = (doc.documentElement.lang || '').slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : undefined;
}
