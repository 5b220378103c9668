import { CliError } from './run';

export interface JsonlRow {
  id: string | number;
  text: string;
  title?: string;
  url?: string;
  published?: string;
}

/**
 * Runs `handle` on each {"id","text"} line and prints its answer as one JSON line. Bad lines
 * are named on stderr and skipped; the others are still processed; the exit code says so.
 */
export function forEachJsonlLine(input: string, handle: (row: JsonlRow) => unknown): void {
  const lines = input.split('\n');
  let bad = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      bad++;
      process.stderr.write(`line ${i + 1}: not valid JSON\n`);
      return;
    }
    const r = row as Partial<JsonlRow>;
    if (!r || typeof r !== 'object' || Array.isArray(r) || (typeof r.id !== 'string' && typeof r.id !== 'number') || typeof r.text !== 'string') {
      bad++;
      process.stderr.write(`line ${i + 1}: expected an object {"id","text"} with a string "text"\n`);
      return;
    }
    process.stdout.write(JSON.stringify(handle(r as JsonlRow)) + '\n');
  });
  if (bad) throw new CliError(`${bad} bad line${bad > 1 ? 's' : ''} skipped`);
}
