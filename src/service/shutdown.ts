/**
 * Shutdown within a limit (SHUTDOWN_TIMEOUT_MS): the steps run in order, each within its own
 * budget and what is left of the limit, and one that fails or overruns is logged and left behind
 * so the next still runs. A watchdog armed when the stop signal arrives (even in the middle of
 * start-up) ends the process when the limit passes, whatever still runs or holds the event loop
 * open, so an orchestrator's SIGKILL never has to: exit code 1 when a step did not finish, 0 when
 * they all did and only a stray handle was left.
 */
import type { Logger } from '../logging.js';

/** One stage of stopping, e.g. "stop taking work" or "close the store". */
export interface ShutdownStep {
  name: string;
  run(): Promise<unknown>;
  /** At most this long before the next step starts; all that is left of the limit by default. */
  budgetMs?: number;
}

/** How shutDown is bounded. */
export interface ShutdownOptions {
  timeoutMs: number;
  logger: Logger;
  /** Ends the process when the limit passes; process.exit by default (tests pass their own). */
  exit?: (code: number) => void;
}

/** What stopping took. */
export interface ShutdownResult {
  elapsedMs: number;
  /** Steps that failed or ran past their budget. */
  unfinished: string[];
}

/** One process's shutdown: the watchdog, then the steps. */
export interface Shutdown {
  /** Arms the watchdog: from now on the process ends within the limit. Call it when the stop signal arrives; later calls do nothing. */
  begin(): void;
  /** Runs the steps in order within what is left of the limit (arming the watchdog if begin() was not called). */
  run(steps: readonly ShutdownStep[]): Promise<ShutdownResult>;
}

/**
 * Creates the shutdown of a process; nothing happens before begin() or run().
 * @example const shutdown = createShutdown({ timeoutMs: 10_000, logger }); signal.then(shutdown.begin); await shutdown.run(steps);
 */
export function createShutdown(options: ShutdownOptions): Shutdown {
  const { timeoutMs, logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let started: number | undefined;
  let finished = false;
  const unfinished: string[] = [];
  const begin = () => {
    if (started !== undefined) return;
    started = performance.now();
    const watchdog = setTimeout(() => {
      // What still holds the event loop, for whoever reads why the limit was reached.
      const holding = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap');
      logger.error(
        { timeoutMs, unfinished: finished ? [] : unfinished, holding },
        `still running ${timeoutMs} ms after the stop signal (SHUTDOWN_TIMEOUT_MS): exiting now`,
      );
      exit(finished ? 0 : 1);
    }, timeoutMs);
    // The watchdog must not itself keep a process alive that has nothing else left to do.
    watchdog.unref();
  };
  return {
    begin,
    async run(steps) {
      begin();
      const result = await runSteps(steps, timeoutMs, started!, logger, unfinished);
      finished = result.unfinished.length === 0;
      return result;
    },
  };
}

async function runSteps(steps: readonly ShutdownStep[], timeoutMs: number, started: number, logger: Logger, unfinished: string[]): Promise<ShutdownResult> {
  const elapsed = () => Math.round(performance.now() - started);
  logger.info({ timeoutMs, elapsedMs: elapsed() }, 'stopping');
  for (const step of steps) {
    const budget = Math.max(0, Math.min(step.budgetMs ?? Infinity, timeoutMs - elapsed()));
    const outcome = await withinBudget(step, budget);
    if (outcome === 'done') logger.debug({ step: step.name, elapsedMs: elapsed() }, 'shutdown step done');
    else {
      unfinished.push(step.name);
      logger.warn({ step: step.name, budgetMs: budget, problem: outcome }, 'shutdown step did not finish; going on');
    }
  }
  logger.info({ elapsedMs: elapsed(), unfinished }, 'stopped');
  return { elapsedMs: elapsed(), unfinished: [...unfinished] };
}

async function withinBudget(step: ShutdownStep, budgetMs: number): Promise<'done' | string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`still running after ${budgetMs} ms`), budgetMs)));
  try {
    const run = Promise.resolve()
      .then(() => step.run())
      .then(() => 'done' as const);
    return await Promise.race([run, late]);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    clearTimeout(timer);
  }
}
