import { useState } from 'preact/hooks';
import type { ImportResponse } from '../utils/messages';
import { problemPlace, type ImportFormat } from '../utils/dataset/import';
import type { Send } from './OptionsPage';

type Status = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; text: string } | { kind: 'import'; res: ImportResponse } | { kind: 'error'; text: string };

/** CSV by its name, else JSON; a file named otherwise is sniffed by its first character. */
export function formatOf(name: string, text: string): ImportFormat {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.json$/i.test(name)) return 'json';
  return /^\s*[[{]/.test(text.replace(/^\ufeff/, '')) ? 'json' : 'csv';
}

/** Import (file or URL), export and reset. `changed` is called after anything that writes. */
export function DataTools({ send, changed, userEstimates }: { send: Send; changed: () => void; userEstimates: number }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [url, setUrl] = useState('');
  const [sha, setSha] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const busy = status.kind === 'busy';

  const run = async (what: string, fn: () => Promise<Status>) => {
    setStatus({ kind: 'busy', what });
    try {
      setStatus(await fn());
    } catch (e) {
      setStatus({ kind: 'error', text: String((e as Error).message ?? e) });
    }
    changed();
  };

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void run(`Importing ${file.name}…`, async () => {
      const text = await file.text();
      return { kind: 'import', res: await send({ type: 'import', format: formatOf(file.name, text), text }) };
    });
    // The same file may be chosen again after it is fixed.
    input.value = '';
  };

  const exportAll = () =>
    run('Exporting…', async () => {
      const { estimates } = await send({ type: 'export' });
      const blob = new Blob([JSON.stringify(estimates, null, 2) + '\n'], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `crosscount-estimates-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      return { kind: 'done', text: `Exported ${estimates.length} estimates.` };
    });

  return (
    <section class="tools">
      <h2>Your data</h2>
      <p class="muted">
        Import estimates as a JSON array (like <code>npm run dataset:export</code> prints, with <code>topic</code>) or as CSV with the same
        column names in a header row. An import is all or nothing. Your rows stay through dataset updates until you reset.
      </p>
      <div class="row">
        <label>
          Import a file{' '}
          <input id="import-file" type="file" accept=".json,.csv,application/json,text/csv" disabled={busy} onChange={(e) => importFile(e.target as HTMLInputElement)} />
        </label>
        <button id="export" type="button" disabled={busy} onClick={exportAll}>Export everything (JSON)</button>
      </div>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(`Fetching ${url}…`, async () => ({ kind: 'import', res: await send({ type: 'importFromUrl', url, sha256: sha }) }));
        }}
      >
        <label>
          Update from URL <input id="update-url" type="url" placeholder="https://…" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          SHA-256 <input id="update-sha" size={40} placeholder="64 hexadecimal digits" value={sha} onInput={(e) => setSha((e.target as HTMLInputElement).value)} />
        </label>
        <button id="update" type="submit" disabled={busy || !url.startsWith('https://') || !/^\s*[0-9a-fA-F]{64}\s*$/.test(sha)}>Fetch and import</button>
      </form>
      <div class="row">
        {confirmReset ? (
          <>
            <span>Remove your {userEstimates} estimate{userEstimates === 1 ? '' : 's'} and restore the bundled dataset?</span>
            <button
              id="reset-confirm"
              type="button"
              disabled={busy}
              onClick={() => {
                setConfirmReset(false);
                void run('Resetting…', async () => {
                  const { removed } = await send({ type: 'reset' });
                  return { kind: 'done', text: `Removed ${removed} of your estimates; the bundled dataset is restored.` };
                });
              }}
            >
              Remove and reset
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>Keep them</button>
          </>
        ) : (
          <button id="reset" type="button" disabled={busy} onClick={() => setConfirmReset(true)}>Reset to the bundled dataset…</button>
        )}
      </div>
      <StatusView status={status} />
    </section>
  );
}

function StatusView({ status }: { status: Status }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'busy') return <p id="status" class="muted">{status.what}</p>;
  if (status.kind === 'done') return <p id="status">{status.text}</p>;
  if (status.kind === 'error') return <p id="status" class="problem">{status.text}</p>;
  const r = status.res;
  if (r.ok) {
    const parts = [`${r.added} added`, r.replaced && `${r.replaced} of yours replaced`, r.overridden && `${r.overridden} bundled overridden`, r.unchanged && `${r.unchanged} identical to the bundled ones`].filter(Boolean);
    return <p id="status">Imported: {parts.join(', ')}.</p>;
  }
  return (
    <div id="status" class="problem">
      <p>
        Nothing was imported: {r.problemCount} problem{r.problemCount > 1 ? 's' : ''}
        {r.problemCount > r.problems.length ? ` (the first ${r.problems.length} below)` : ''}.
      </p>
      <ul class="problems">
        {r.problems.map((p, i) => (
          <li key={i}>
            <b>{problemPlace(p)}</b>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
