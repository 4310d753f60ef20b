/**
 * Quote extraction and attribution on real news: the shared PolNeAR scorer on the dev split (held to
 * floors) and on the training split (printed; no floor yet).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Floors } from '../../../tests/support/score.js';
import { describeFloors, floorProblems, type EvalStep } from '../step.js';

const SCORER = 'eval/polnear.mjs';
/** The floors PolNeAR-dev is held to. */
export const POLNEAR_DEV_FLOORS: Floors = { attribution: 0.9, quotes_precision: 0.95 };

function polnearStep(split: 'polnear-dev' | 'polnear-train', floors: Floors | null): EvalStep {
  return {
    label: split,
    checks: `${SCORER} on ${split} (${floors ? `floors ${describeFloors(floors)}` : 'printed, no floor'})`,
    needs: [SCORER, `eval/${split}/text`, `eval/${split}/attributions`],
    run({ repoRoot, sharedDir }) {
      const parse = `'${process.execPath}' src/cli/bin.mjs parse`;
      const run = spawnSync(process.execPath, [path.join(sharedDir, SCORER), '--data', path.join(sharedDir, 'eval', split), '--cmd', parse], {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      const lines = run.stdout.trim().split('\n').filter(Boolean);
      const summary = lines.find((line) => line.startsWith('polnear: '));
      if (run.status !== 0 || !summary) return { lines, problems: [`the scorer failed (exit ${run.status}): ${run.stderr.trim().split('\n')[0] ?? ''}`] };
      const figures = Object.fromEntries([...summary.matchAll(/(\w+)=([\d.]+)/g)].map(([, name, value]) => [name!, Number(value)]));
      const problems = floors ? floorProblems(figures, floors) : [];
      return { lines: [...lines, floors ? `floors ${describeFloors(floors)}: ${problems.length ? 'NOT met' : 'met'}` : 'no floor yet'], problems };
    },
  };
}

export const polnearDevStep = polnearStep('polnear-dev', POLNEAR_DEV_FLOORS);
export const polnearTrainStep = polnearStep('polnear-train', null);
