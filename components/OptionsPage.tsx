import { useEffect, useState } from 'preact/hooks';
import type { BackgroundRequest, DatasetInfo, ResponseOf } from '../utils/messages';
import { DataTools } from './DataTools';
import { DatasetBrowser } from './DatasetBrowser';

/** Sends a request to the background; rejects with the background's error. */
export type Send = <R extends BackgroundRequest>(req: R) => Promise<ResponseOf<R>>;

/** The options page: the dataset's version, the reader's data tools, and the browser. */
export function OptionsPage({ send }: { send: Send }) {
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  // Bumped after every write, so that the views read the data again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void send({ type: 'datasetInfo' }).then(setInfo);
  }, [version]);
  return (
    <>
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
      <DataTools send={send} changed={() => setVersion((v) => v + 1)} userEstimates={info?.userEstimates ?? 0} />
      <DatasetBrowser send={send} version={version} />
    </>
  );
}
