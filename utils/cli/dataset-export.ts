/** `npm run --silent dataset:export`: every estimate of the bundled dataset as one JSON array. */
import { readDataset } from '../dataset/read-files';
import { toRecords } from '../dataset/schema';
import { runCli } from './run';

runCli(() => {
  const records = toRecords(readDataset()).map((r) => ({
    topic: r.topic, source: r.source, sourceKind: r.sourceKind, metric: r.metric, population: r.population,
    value: r.value, low: r.low, high: r.high, periodStart: r.periodStart, periodEnd: r.periodEnd,
    published: r.published, url: r.url, id: r.id, method: r.method, note: r.note,
  }));
  process.stdout.write(JSON.stringify(records, null, 2) + '\n');
});
