/**
 * What one `npm run eval` step is: a label, what it checks, the shared files it needs (it is
 * skipped, saying so, when one is missing), and a run that returns figure lines and problems.
 * A new check is one file in steps/ and one line in steps/index.ts.
 */
import type { Floors } from '../../tests/support/score.js';

export interface EvalContext {
  repoRoot: string;
  /** The shared folder, present. */
  sharedDir: string;
  /** A path inside the shared folder as messages show it, e.g. `shared/eval/polnear-dev`. */
  shown: (relative: string) => string;
}

export interface StepResult {
  /** Figure lines, printed with the step's label. */
  lines: string[];
  /** Why the step fails, one line each; empty when it passes. */
  problems: string[];
}

export interface EvalStep {
  label: string;
  /** What it checks, for the list of skipped steps. */
  checks: string;
  /** Paths inside the shared folder the step reads. */
  needs: string[];
  run(context: EvalContext): StepResult | Promise<StepResult>;
}

/** The floors not met by `figures`, worded as the scorer words them (`attribution 0.880 < 0.9`). */
export function floorProblems(figures: Readonly<Record<string, number>>, floors: Floors): string[] {
  return Object.entries(floors)
    .filter(([name, least]) => !((figures[name] ?? Number.NaN) >= least))
    .map(([name, least]) => `${name} ${(figures[name] ?? Number.NaN).toFixed(3)} < ${least}`);
}

export const describeFloors = (floors: Floors) =>
  Object.entries(floors)
    .map(([name, least]) => `${name}>=${least}`)
    .join(' ');
