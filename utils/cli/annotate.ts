/**
 * `npm run --silent annotate -- [--jsonl] [FILE]`: the claims of a text (plain or .html), each
 * with its topic and the other sources' figures from the bundled dataset.
 */
import { detectClaims } from '../detect/detect';
import { readDataset } from '../dataset/read-files';
import { toRecords, type EstimateRecord } from '../dataset/schema';
import { annotateClaims } from '../match/annotate';
import { isoDay } from '../match/dates';
import { buildTopicIndex } from '../match/topic';
import { htmlToPage } from '../text/html-text';
import { forEachJsonlLine } from './jsonl';
import { parseArgs, readInput, runCli } from './run';

runCli(() => {
  const { jsonl, file } = parseArgs(process.argv.slice(2));
  const input = readInput(file);
  const topics = readDataset();
  const index = buildTopicIndex(topics);
  const byTopic = new Map<string, EstimateRecord[]>();
  for (const r of toRecords(topics)) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);
  const estimatesOf = (id: string) => byTopic.get(id) ?? [];
  const output = (text: string, title?: string, url?: string, published?: string | null) => {
    const page = { text, title, url, published: isoDay(published) };
    return annotateClaims(detectClaims(text), text, page, index, estimatesOf);
  };
  if (jsonl) {
    forEachJsonlLine(input, (row) => ({ id: row.id, claims: output(row.text, row.title, row.url, row.published) }));
    return;
  }
  if (file && /\.x?html?$/i.test(file)) {
    const page = htmlToPage(input);
    process.stdout.write(JSON.stringify(output(page.text, page.title, undefined, page.published), null, 2) + '\n');
    return;
  }
  process.stdout.write(JSON.stringify(output(input), null, 2) + '\n');
});
