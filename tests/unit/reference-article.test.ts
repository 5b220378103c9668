import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../utils/detect/detect';

// The reference article is third-party text kept beside the project, not in it; where it is
// present (the team's machines and CI) the ten claims it must give are checked.
const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'seed-article-ar.txt');

describe.runIf(existsSync(SEED))('reference article', () => {
  it('gives exactly its ten claims', () => {
    const claims = detectClaims(readFileSync(SEED, 'utf8'));
    expect(claims.map((c) => [c.text, c.value ?? `${c.low}-${c.high}`])).toEqual([
      ['352', 352], ['352', 352], ['45', 45], ['80', 80], ['26', 26], ['3 آلاف', 3000],
      ['عشرات الآلاف', '20000-99999'], ['352', 352], ['700', 700], ['20 ألف', 20000],
    ]);
  });
});
