import * as v from 'valibot';
import { LANGS, METRICS } from '../claim';

/** The kinds of source a figure can come from; the tooltip labels each figure with one. */
export const SOURCE_KINDS = ['party', 'government', 'un', 'monitor', 'survey'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const METHODS = ['documented_count', 'statistical_estimate', 'official_admission', 'party_claim'] as const;
export const TOPIC_KINDS = ['war', 'campaign', 'battle', 'siege', 'massacre', 'attack', 'disaster'] as const;

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'), v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a real date'));
const count = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

export const EstimateSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')),
    source: v.pipe(v.string(), v.minLength(2)),
    sourceKind: v.picklist(SOURCE_KINDS, 'must be one of party, government, un, monitor, survey'),
    metric: v.picklist(METRICS),
    population: v.pipe(v.string(), v.minLength(2)),
    value: count,
    low: count,
    high: count,
    method: v.picklist(METHODS),
    periodStart: isoDate,
    periodEnd: isoDate,
    published: isoDate,
    url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https URL')),
    note: v.pipe(v.string(), v.minLength(10)),
    checks: v.pipe(v.array(v.object({ by: v.string(), on: isoDate })), v.minLength(1)),
  }),
  v.forward(v.check((e) => e.value !== null || e.low !== null || e.high !== null, 'needs a value or a range'), ['value']),
  v.forward(v.check((e) => e.low === null || e.high === null || e.low <= e.high, 'low is greater than high'), ['low']),
  v.forward(v.check((e) => e.periodStart <= e.periodEnd, 'the period ends before it starts'), ['periodEnd']),
);

export const TopicSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/)),
    name: v.pipe(v.string(), v.minLength(3)),
    kind: v.picklist(TOPIC_KINDS),
    countries: v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
    periodStart: isoDate,
    periodEnd: v.nullable(isoDate),
    parent: v.nullable(v.string()),
    aliases: v.object(Object.fromEntries(LANGS.map((l) => [l, v.array(v.string())])) as Record<(typeof LANGS)[number], v.ArraySchema<v.StringSchema<undefined>, undefined>>),
    estimates: v.array(EstimateSchema),
  }),
  v.forward(v.check((t) => t.periodEnd === null || t.periodStart <= t.periodEnd, 'the period ends before it starts'), ['periodEnd']),
);

/**
 * One row the reader imports (JSON array element or CSV line): an estimate as
 * `dataset:export` prints it, with its topic; `checks` is not asked for (the reader vouches for
 * their own rows), `id` may be left out (one is derived from the row) and `note` may be empty.
 */
export const ImportRowSchema = v.pipe(
  v.object({
    ...v.omit(EstimateSchema.pipe[0], ['checks', 'id', 'note']).entries,
    topic: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a topic id (lower-case letters, digits and hyphens)')),
    id: v.optional(EstimateSchema.pipe[0].entries.id),
    note: v.optional(v.string(), ''),
  }),
  // The same rules as EstimateSchema's (they cannot be shared: each check is typed by its object).
  v.forward(v.check((e) => e.value !== null || e.low !== null || e.high !== null, 'needs a value or a range'), ['value']),
  v.forward(v.check((e) => e.low === null || e.high === null || e.low <= e.high, 'low is greater than high'), ['low']),
  v.forward(v.check((e) => e.periodStart <= e.periodEnd, 'the period ends before it starts'), ['periodEnd']),
);
export type ImportRow = v.InferOutput<typeof ImportRowSchema>;

export type Topic = v.InferOutput<typeof TopicSchema>;
export type Estimate = v.InferOutput<typeof EstimateSchema>;

/** An estimate as the database, the CLIs and the tooltip carry it: flat, with its topic id. */
export interface EstimateRecord extends Omit<Estimate, 'checks'> {
  topic: string;
  /** Whether the reader added it (imports survive bundled-data updates). */
  userAdded?: boolean;
}

export class DatasetError extends Error {}

/** Validates one topic file's parsed JSON; the message names the file and the field. */
export function parseTopic(file: string, data: unknown): Topic {
  const r = v.safeParse(TopicSchema, data);
  if (!r.success) {
    const msgs = r.issues.map((i) => `${file}: ${v.getDotPath(i) ?? '(topic)'}: ${i.message}`);
    throw new DatasetError(msgs.join('\n'));
  }
  return r.output;
}

/** Validates a whole dataset: every file, then ids unique across it and parents that exist. */
export function parseDataset(files: Record<string, unknown>): Topic[] {
  const topics: Topic[] = [];
  const errors: string[] = [];
  for (const [file, data] of Object.entries(files)) {
    try {
      topics.push(parseTopic(file, data));
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  const topicIds = new Map<string, string>();
  const estimateIds = new Map<string, string>();
  for (const [file, t] of Object.entries(files).map(([f, d]) => [f, d as Topic] as const)) {
    if (!t || typeof t !== 'object' || !Array.isArray(t.estimates)) continue;
    if (topicIds.has(t.id)) errors.push(`${file}: id: duplicate topic id "${t.id}" (also in ${topicIds.get(t.id)})`);
    topicIds.set(t.id, file);
    t.estimates.forEach((e, i) => {
      if (estimateIds.has(e.id)) errors.push(`${file}: estimates.${i}.id: duplicate estimate id "${e.id}" (also in ${estimateIds.get(e.id)})`);
      estimateIds.set(e.id, file);
    });
  }
  for (const t of topics) {
    if (t.parent && !topicIds.has(t.parent)) errors.push(`${topicIds.get(t.id)}: parent: no topic "${t.parent}"`);
  }
  if (errors.length) throw new DatasetError(errors.join('\n'));
  return topics;
}

export function toRecords(topics: Topic[]): EstimateRecord[] {
  return topics.flatMap((t) => t.estimates.map(({ checks: _checks, ...e }) => ({ ...e, topic: t.id })));
}
