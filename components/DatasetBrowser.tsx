import { useEffect, useState } from 'preact/hooks';
import type { BrowseResponse } from '../utils/messages';
import { formatDay, formatFigure, formatPeriod, KIND_LABEL, METRIC_LABEL } from '../utils/format';
import type { Send } from './OptionsPage';

/** Topics and their estimates, filtered by a search over topic names, aliases and sources. */
export function DatasetBrowser({ send, version }: { send: Send; version: number }) {
  const [query, setQuery] = useState('');
  const [data, setData] = useState<BrowseResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    // Typing fast sends one search, not one per key.
    const timer = setTimeout(() => {
      send({ type: 'browse', query, limit: 500 }).then(
        (r) => { if (!stale) { setData(r); setError(null); } },
        (e: unknown) => { if (!stale) setError(String((e as Error).message ?? e)); },
      );
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, version]);

  return (
    <section class="browse">
      <h2>Browse the dataset</h2>
      <label>
        Search{' '}
        <input id="search" type="search" value={query} placeholder="topic, place, alias or source" onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      {error && <p class="problem">{error}</p>}
      {data && (
        <p class="muted" id="browse-count">
          {data.total === 0 ? 'No estimate matches.' : data.shown < data.total ? `Showing ${data.shown} of ${data.total} estimates.` : `${data.total} estimate${data.total > 1 ? 's' : ''}.`}
        </p>
      )}
      {data?.topics.map((t) => (
        <div class="topic" key={t.id}>
          <h3>{t.name}</h3>
          <table>
            <thead>
              <tr>
                <th>Source</th><th>Kind</th><th>Figure</th><th>Period</th><th>Published</th><th>Link</th>
              </tr>
            </thead>
            <tbody>
              {t.estimates.map((e) => (
                <tr key={e.id} class={e.origin === 'user' ? 'mine' : undefined} data-id={e.id}>
                  <td>
                    {e.source}
                    {e.origin === 'user' && <span class="badge">yours</span>}
                  </td>
                  <td>{KIND_LABEL[e.sourceKind]}</td>
                  <td>
                    {formatFigure(e)} {e.population} {METRIC_LABEL[e.metric]}
                  </td>
                  <td>{formatPeriod(e)}</td>
                  <td>{formatDay(e.published)}</td>
                  <td>
                    <a href={e.url} target="_blank" rel="noopener noreferrer">{new URL(e.url).hostname}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
