import { useEffect, useState } from 'preact/hooks';
import type { browser as Api } from 'wxt/browser';
import { shownRatio } from '../utils/match/compare';
import type { ListClaimsResponse } from '../utils/messages';
import { describeClaim, formatFigure, formatRatio } from '../utils/format';

type State =
  | { kind: 'loading' }
  | { kind: 'no-access' }
  | { kind: 'unavailable' }
  | { kind: 'claims'; tabId: number; data: ListClaimsResponse };

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * The tab the reader is looking at. Opened as a popup that is the active tab; opened as a page
 * of its own (Firefox's keyboard users, tests), it is the tab used just before.
 */
async function readerTab(api: typeof Api) {
  const [active] = await api.tabs.query({ active: true, currentWindow: true });
  const own = api.runtime.getURL('/');
  if (active && !active.url?.startsWith(own)) return active;
  const tabs = await api.tabs.query({ currentWindow: true });
  return tabs.filter((t) => !t.url?.startsWith(own)).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** The toolbar popup: every claim on the active tab, grouped by topic. */
export function PageSummary({ api }: { api: typeof Api }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = async () => {
    // Firefox lets readers withhold site access; then the content script does not run at all.
    if (!(await api.permissions.contains(ALL_SITES))) return setState({ kind: 'no-access' });
    const tab = await readerTab(api);
    if (tab?.id === undefined) return setState({ kind: 'unavailable' });
    try {
      const data = (await api.tabs.sendMessage(tab.id, { type: 'listClaims' })) as ListClaimsResponse;
      setState({ kind: 'claims', tabId: tab.id, data: data ?? { claims: [] } });
    } catch {
      setState({ kind: 'unavailable' });
    }
  };
  useEffect(() => void load(), []);

  if (state.kind === 'loading') return <p class="muted">Reading the page…</p>;
  if (state.kind === 'no-access') {
    return (
      <section>
        <h1>Crosscount needs access to pages</h1>
        <p>
          To find casualty figures in the articles you read, Crosscount must be allowed to read pages. The text never leaves
          your computer: figures are compared with a dataset stored in the extension.
        </p>
        <button type="button" onClick={async () => { if (await api.permissions.request(ALL_SITES)) await load(); }}>
          Allow on all sites
        </button>
      </section>
    );
  }
  if (state.kind === 'unavailable') return <p class="muted">Crosscount does not run on this page (browser pages and stores are closed to extensions). Reload the page if it has just been installed.</p>;

  const claims = state.data.claims;
  if (claims.length === 0) return <p class="empty">No casualty figures found on this page.</p>;
  const groups = new Map<string, typeof claims>();
  for (const c of claims) {
    const name = c.topic?.name ?? 'No matching topic';
    groups.set(name, [...(groups.get(name) ?? []), c]);
  }
  return (
    <section>
      <h1>{claims.length} casualty figure{claims.length > 1 ? 's' : ''} on this page</h1>
      {[...groups].map(([name, list]) => (
        <div class="group" key={name}>
          <h2>{name}</h2>
          <ul>
            {list.map((c) => {
              const figures = c.alternatives.flatMap((a) => [a.value ?? a.low, a.value ?? a.high]).filter((n): n is number => n !== null);
              const spread = figures.length ? `others: ${formatFigure({ value: null, low: Math.min(...figures), high: Math.max(...figures) })}` : 'no comparable figure';
              const top = c.alternatives[0];
              const r = top ? formatRatio(shownRatio(c, top)) : null;
              return (
                <li key={c.key}>
                  <button type="button" class="claim" onClick={() => api.tabs.sendMessage(state.tabId, { type: 'reveal', key: c.key })}>
                    <span class="figure">{describeClaim(c)}</span>
                    <span class="spread">{spread}{top && r ? ` · ${top.source}: ${r}` : ''}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
