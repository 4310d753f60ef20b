/**
 * Scoring a parse against a gold annotation with the scorer (tests/support/score-article.mjs, the
 * vendored copy of the shared one, unless another is given): the figures, whether the floors hold,
 * and the scorer's own lines to show when they do not.
 * @example expect(scoreParse(parsed, goldPath, { overall: 0.95 }).passed).toBe(true);
 */
import { spawnSync } from 'node:child_process';
import { vendoredScorerPath } from './paths.js';

/** Least values per measure (the scorer's names: overall, people_f1, quotes_found, attribution, ...). */
export type Floors = Readonly<Record<string, number>>;

/**
 * The floors the default article is held to, in `npm test` (vendored scorer) and `npm run eval` (shared
 * one). `provenance` (who relayed the words: Interfax, the state newspaper) is scored apart from overall.
 */
export const DEFAULT_ARTICLE_FLOORS: Floors = { overall: 0.99, people_f1: 1, quotes_found: 1, attribution: 1, claims: 1, provenance: 0.8 };

export interface ArticleScore {
  /** True when the scorer found every floor met. */
  passed: boolean;
  /** Every measure of the summary line, by name. */
  figures: Record<string, number>;
  /** The scorer's summary line (`score: metadata=1.000 ...`). */
  line: string;
  /** The floors not met, as the scorer words them (`attribution 0.900 < 1`). */
  short: string[];
  /** Everything the scorer printed, each miss listed: the message to show when a floor fails. */
  output: string;
}

/** Scores one parsed article (the object `parse --json` prints) against the gold at `goldPath`. */
export function scoreParse(parsed: unknown, goldPath: string, floors: Floors = {}, scorerPath = vendoredScorerPath): ArticleScore {
  const min = Object.entries(floors).map(([name, value]) => `${name}=${value}`);
  const run = spawnSync(process.execPath, [scorerPath, '-', goldPath, '--verbose', ...(min.length ? ['--min', min.join(',')] : [])], {
    input: JSON.stringify(parsed),
    encoding: 'utf8',
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('score: '));
  if (!line || (run.status !== 0 && run.status !== 1)) {
    throw new Error(`the scorer ${scorerPath} could not score against ${goldPath} (exit ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`);
  }
  const [measures = '', shortText] = line.slice('score: '.length).split(' | short: ');
  const figures = Object.fromEntries(
    measures
      .split(' ')
      .map((pair) => pair.split('='))
      .map(([name, value]) => [name, Number(value)]),
  );
  return { passed: run.status === 0, figures, line, short: shortText ? shortText.split('; ') : [], output: run.stdout };
}
