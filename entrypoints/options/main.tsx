import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/pages.css';
import type { DatasetInfo } from '../../utils/messages';

/** The dataset's version and size; browsing and imports come with the dataset issue. */
function Options() {
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  useEffect(() => {
    void browser.runtime.sendMessage({ type: 'datasetInfo' }).then((i) => setInfo(i as DatasetInfo));
  }, []);
  return (
    <section>
      <h1>Crosscount</h1>
      {info ? (
        <p id="dataset-info">
          Dataset version {info.version} ({info.date}): {info.topics} topics, {info.estimates} estimates
          {info.userEstimates ? `, ${info.userEstimates} of them yours` : ''}.
        </p>
      ) : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}

render(<Options />, document.getElementById('app')!);
