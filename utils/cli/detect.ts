/**
 * `npm run --silent detect -- [--jsonl] [FILE]`: the casualty claims of a UTF-8 text as JSON.
 * With --jsonl each input line is {"id","text"} and each output line {"id","claims":[…]}.
 */
import { detectClaims } from '../detect/detect';
import { forEachJsonlLine } from './jsonl';
import { parseArgs, readInput, runCli } from './run';

runCli(() => {
  const { jsonl, file } = parseArgs(process.argv.slice(2));
  const input = readInput(file);
  if (!jsonl) {
    process.stdout.write(JSON.stringify(detectClaims(input), null, 2) + '\n');
    return;
  }
  forEachJsonlLine(input, (row) => ({ id: row.id, claims: detectClaims(row.text) }));
});
