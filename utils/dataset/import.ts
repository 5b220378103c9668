/**
 * The reader's imports: JSON (an array like `dataset:export` prints) or CSV (the same columns,
 * header row), validated row by row, then planned against what the database holds. Nothing here
 * touches the database or the DOM; an import with any problem is rejected whole by the caller.
 */
import * as v from 'valibot';
import { parseCsv, CsvError } from './csv';
import { ImportRowSchema, type EstimateRecord, type ImportRow } from './schema';

export type ImportFormat = 'json' | 'csv';

/** What is wrong with one row (or with the whole file, when neither line nor index is set). */
export interface ImportProblem {
  /** CSV: the 1-based line of the file the row starts on. */
  line?: number;
  /** JSON: the 0-based index of the row in the array. */
  index?: number;
  message: string;
}

export interface ParsedRow {
  record: EstimateRecord;
  line?: number;
  index?: number;
  /** Whether the id was derived from the row rather than given. */
  derivedId: boolean;
}

export interface ParsedImport {
  rows: ParsedRow[];
  problems: ImportProblem[];
}

/** "line 4", "[3]" or "file": where a problem is, for people. */
export function problemPlace(p: Pick<ImportProblem, 'line' | 'index'>): string {
  return p.line !== undefined ? `line ${p.line}` : p.index !== undefined ? `[${p.index}]` : 'file';
}

const FIELDS = Object.keys(ImportRowSchema.pipe[0].entries) as (keyof ImportRow)[];
const OPTIONAL_FIELDS = new Set<string>(['id', 'note']);
/** Columns of our own exports that an import may carry and ignores. */
const IGNORED_FIELDS = new Set(['origin']);
const NUMBER_FIELDS = new Set<string>(['value', 'low', 'high']);

/** Reads an import file's text; `format` is chosen by the caller (file name or the reader). */
export function parseImport(text: string, format: ImportFormat): ParsedImport {
  return format === 'csv' ? parseCsvImport(text) : parseJsonImport(text);
}

export function parseJsonImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { rows: [], problems: [{ message: `not JSON: ${(e as Error).message}` }] };
  }
  if (!Array.isArray(data)) return { rows: [], problems: [{ message: 'must be a JSON array of estimates (like npm run dataset:export prints)' }] };
  const out: ParsedImport = { rows: [], problems: [] };
  data.forEach((item, index) => addRow(out, item, { index }));
  return out;
}

export function parseCsvImport(text: string): ParsedImport {
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) return { rows: [], problems: [{ line: e.line, message: e.message }] };
    throw e;
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ message: 'the file is empty; it needs a header row and one row per estimate' }] };
  // Spreadsheets change the case of headers; the documented names are camelCase.
  const byLower = new Map(FIELDS.map((f) => [f.toLowerCase(), f as string]));
  const columns: (string | null)[] = [];
  const problems: ImportProblem[] = [];
  for (const name of header.fields.map((f) => f.trim())) {
    const key = byLower.get(name.toLowerCase());
    if (key) columns.push(key);
    else if (IGNORED_FIELDS.has(name.toLowerCase())) columns.push(null);
    else problems.push({ line: header.line, message: `unknown column "${name}" (the columns are ${FIELDS.join(', ')})` });
  }
  const missing = FIELDS.filter((f) => !OPTIONAL_FIELDS.has(f) && !columns.includes(f));
  if (missing.length) problems.push({ line: header.line, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` });
  const dup = columns.find((c, i) => c !== null && columns.indexOf(c) !== i);
  if (dup) problems.push({ line: header.line, message: `column "${dup}" appears twice` });
  if (problems.length) return { rows: [], problems };

  const out: ParsedImport = { rows: [], problems: [] };
  for (const rec of body) {
    if (rec.fields.length !== columns.length) {
      out.problems.push({ line: rec.line, message: `has ${rec.fields.length} fields, the header has ${columns.length}` });
      continue;
    }
    const obj: Record<string, unknown> = {};
    const cellProblems: string[] = [];
    columns.forEach((key, i) => {
      if (key === null) return;
      const cell = rec.fields[i]!.trim();
      if (NUMBER_FIELDS.has(key)) {
        const n = csvNumber(cell);
        if (n === undefined) cellProblems.push(`${key}: must be a whole number or empty (got "${cell}")`);
        obj[key] = n ?? null;
      } else if (key === 'id') {
        if (cell !== '') obj[key] = cell;
      } else {
        obj[key] = cell;
      }
    });
    if (cellProblems.length) {
      out.problems.push({ line: rec.line, message: cellProblems.join('; ') });
      continue;
    }
    addRow(out, obj, { line: rec.line });
  }
  return out;
}

/** An empty cell is null; "3200", "3,200" and "3 200" are 3200; anything else is undefined. */
function csvNumber(cell: string): number | null | undefined {
  if (cell === '') return null;
  if (/^\d+$/.test(cell)) return Number(cell);
  if (/^\d{1,3}([, ]\d{3})+$/.test(cell)) return Number(cell.replace(/[, ]/g, ''));
  return undefined;
}

function addRow(out: ParsedImport, item: unknown, at: { line?: number; index?: number }): void {
  const r = v.safeParse(ImportRowSchema, item);
  if (!r.success) {
    out.problems.push({ ...at, message: r.issues.map((i) => `${v.getDotPath(i) ?? '(row)'}: ${i.message}`).join('; ') });
    return;
  }
  const { id, ...rest } = r.output;
  out.rows.push({ ...at, derivedId: id === undefined, record: { ...rest, id: id ?? derivedId(r.output) } });
}

/**
 * An id for a row that came without one, from what identifies a figure: the same figure imported
 * twice gets the same id, so re-importing a file replaces its rows instead of doubling them.
 */
export function derivedId(r: Pick<EstimateRecord, 'topic' | 'source' | 'metric' | 'population' | 'periodStart' | 'periodEnd' | 'published'>): string {
  const key = [r.topic, r.source, r.metric, r.population, r.periodStart, r.periodEnd, r.published].join('\u0000');
  // FNV-1a, 2 × 32 bits: ids need to be stable and unlikely to collide, not secret.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${r.topic}-u${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

/** What the database holds that an import is checked against. */
export interface ImportContext {
  topicIds: ReadonlySet<string>;
  /** The bundled estimates by id (a few hundred). */
  bundled: ReadonlyMap<string, EstimateRecord>;
  /** The ids of the reader's rows. */
  userIds: ReadonlySet<string>;
}

export interface ImportPlan {
  problems: ImportProblem[];
  /** The rows to write as the reader's. */
  put: EstimateRecord[];
  /** New ids. */
  added: number;
  /** Rows of the reader's that the import rewrites. */
  replaced: number;
  /** Bundled rows the import changes: the reader's version wins until a reset. */
  overridden: number;
  /** Rows identical to a bundled one: left bundled, so a dataset update still refreshes them. */
  unchanged: number;
}

const COMPARED: (keyof EstimateRecord)[] = ['topic', 'source', 'sourceKind', 'metric', 'population', 'value', 'low', 'high', 'method', 'periodStart', 'periodEnd', 'published', 'url', 'note'];

export function sameEstimate(a: EstimateRecord, b: EstimateRecord): boolean {
  return COMPARED.every((k) => a[k] === b[k]);
}

/** Checks topics and duplicate ids across the file, and sorts rows into added, replaced, overridden, unchanged. */
export function planImport(parsed: ParsedImport, ctx: ImportContext): ImportPlan {
  const plan: ImportPlan = { problems: [...parsed.problems], put: [], added: 0, replaced: 0, overridden: 0, unchanged: 0 };
  const firstAt = new Map<string, ParsedRow>();
  for (const row of parsed.rows) {
    const r = row.record;
    const at = row.line !== undefined ? { line: row.line } : { index: row.index };
    if (!ctx.topicIds.has(r.topic)) {
      plan.problems.push({ ...at, message: `topic: no topic "${r.topic}" in the dataset` });
      continue;
    }
    const first = firstAt.get(r.id);
    if (first) {
      const there = problemPlace(first);
      plan.problems.push({
        ...at,
        message: row.derivedId
          ? `the same topic, source, metric, population, period and publication date as ${there} (give each row an id to keep both)`
          : `id: duplicate id "${r.id}" (also at ${there})`,
      });
      continue;
    }
    firstAt.set(r.id, row);
    const bundled = ctx.bundled.get(r.id);
    if (ctx.userIds.has(r.id)) plan.replaced++;
    else if (bundled && sameEstimate(bundled, r)) {
      plan.unchanged++;
      continue;
    } else if (bundled) plan.overridden++;
    else plan.added++;
    plan.put.push(r);
  }
  plan.problems.sort((a, b) => (a.line ?? a.index ?? -1) - (b.line ?? b.index ?? -1));
  return plan;
}
