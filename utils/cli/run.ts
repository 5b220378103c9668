import { readFileSync } from 'node:fs';

/** A failure the user can act on: printed as one line on stderr, exit code 2. */
export class CliError extends Error {}

export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      const msg = e instanceof CliError ? e.message : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
      process.stderr.write(`${msg}\n`);
      process.exitCode = e instanceof CliError ? 2 : 1;
    });
}

/** Reads UTF-8 from a file or stdin, refusing invalid UTF-8 and missing files with a clear message. */
export function readInput(file: string | undefined): string {
  let bytes: Buffer;
  try {
    bytes = file ? readFileSync(file) : readFileSync(0);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file ?? 'stdin'}: ${code ?? (e as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`${file ?? 'stdin'} is not valid UTF-8`);
  }
}

export function parseArgs(argv: string[]): { jsonl: boolean; file: string | undefined } {
  let jsonl = false;
  let file: string | undefined;
  for (const a of argv) {
    if (a === '--jsonl') jsonl = true;
    else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option: ${a} (usage: [--jsonl] [FILE])`);
    else if (file) throw new CliError('only one FILE may be given');
    else file = a === '-' ? undefined : a;
  }
  return { jsonl, file };
}
