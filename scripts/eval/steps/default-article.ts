/** The default article against its shared gold with the shared scorer, held to the floors `npm test` holds its copies to. */
import path from 'node:path';
import { parseWithCli } from '../../../tests/support/parse-cli.js';
import { defaultArticlePath } from '../../../tests/support/paths.js';
import { DEFAULT_ARTICLE_FLOORS, scoreParse } from '../../../tests/support/score.js';
import { describeFloors, type EvalStep } from '../step.js';

const SCORER = 'eval/score.mjs';
const GOLD = 'eval/gold/putin-north-korea.gold.json';

export const defaultArticleStep: EvalStep = {
  label: 'default-article',
  checks: `the default article against ${GOLD} with ${SCORER} (floors ${describeFloors(DEFAULT_ARTICLE_FLOORS)})`,
  needs: [SCORER, GOLD],
  run({ sharedDir }) {
    const [parsed] = parseWithCli([defaultArticlePath]);
    const score = scoreParse(parsed, path.join(sharedDir, GOLD), DEFAULT_ARTICLE_FLOORS, path.join(sharedDir, SCORER));
    const misses = score.passed ? [] : score.output.split('\n').filter((line) => line.startsWith('    - '));
    return {
      lines: [score.line.split(' | short: ')[0]!, `floors ${describeFloors(DEFAULT_ARTICLE_FLOORS)}: ${score.passed ? 'met' : 'NOT met'}`, ...misses],
      problems: score.short,
    };
  },
};
