/**
 * `npm run eval`: the checks against the team's shared folder (`../shared` beside the project, or
 * SHARED_DIR): the shared scorers on the default article and on PolNeAR, the shared contract schema,
 * and that the copies `npm test` uses still match. Every figure line is printed with its step's
 * label; the exit code is 1 when a step fails. Without the shared folder it says plainly what it
 * skips and exits 0, so a clone on its own passes `.ci/run`.
 * `npm run eval -- polnear-dev contract` runs only the steps named.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findSharedFolder, repoRoot } from './shared-folder.js';
import type { EvalStep, StepResult } from './step.js';
import { steps } from './steps/index.js';

const out = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !steps.some((step) => step.label === name));
  if (unknown.length) {
    out(`npm run eval: no step named ${unknown.join(', ')}: the steps are ${steps.map((step) => step.label).join(', ')}`);
    return 1;
  }
  const chosen = steps.filter((step) => only.length === 0 || only.includes(step.label));
  const shared = findSharedFolder();

  if (!shared.present) {
    if (shared.chosenBy === 'SHARED_DIR') {
      out(`npm run eval: SHARED_DIR=${shared.dir} does not exist: point it at the shared folder, or unset it to use ../shared`);
      return 1;
    }
    out(
      `npm run eval: no shared folder at ${shared.dir} (../shared beside the project; set SHARED_DIR to use another), so nothing is checked against it. Skipped:`,
    );
    for (const step of chosen) out(`  skipped [${step.label}] ${step.checks}`);
    out('eval: 0 steps run; npm test does not need the shared folder');
    return 0;
  }

  out(`npm run eval: checks against ${shared.dir} (${shared.chosenBy})`);
  const started = performance.now();
  const tally = { passed: 0, failed: 0, skipped: 0 };
  for (const step of chosen) {
    const missing = step.needs.filter((need) => !existsSync(path.join(shared.dir, need)));
    if (missing.length) {
      out(`[${step.label}] skipped: the shared folder has no ${missing.join(', ')}`);
      tally.skipped++;
      continue;
    }
    const stepStarted = performance.now();
    const result = await runStep(step, shared.dir);
    for (const line of result.lines) out(`[${step.label}] ${line}`);
    for (const problem of result.problems) out(`[${step.label}] FAILED: ${problem}`);
    out(`[${step.label}] ${result.problems.length ? 'failed' : 'passed'} in ${seconds(stepStarted)}`);
    tally[result.problems.length ? 'failed' : 'passed']++;
  }
  out(`eval: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped in ${seconds(started)}`);
  return tally.failed ? 1 : 0;
}

/** Runs one step; a step that throws fails with its message rather than stopping the others. */
async function runStep(step: EvalStep, sharedDir: string): Promise<StepResult> {
  try {
    return await step.run({ repoRoot, sharedDir, shown: (relative) => `${path.basename(sharedDir)}/${relative}` });
  } catch (err) {
    return { lines: [], problems: [err instanceof Error ? err.message.split('\n')[0]! : String(err)] };
  }
}

process.exitCode = await main();
