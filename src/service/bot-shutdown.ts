/**
 * The order a bot process stops in, within SHUTDOWN_TIMEOUT_MS: first no new work (readiness says
 * 'stopping', new commands are answered "restarting", the scheduler claims no more digests, the
 * folder watch and feeds stop) while what is under way finishes or, past half the limit, is handed
 * back; then the chat platforms disconnect; then the store and the health endpoints close.
 */
import type { DrainingService } from './draining-service.js';
import type { Readiness } from './readiness.js';
import type { ShutdownStep } from './shutdown.js';

/** The parts of a running bot that stopping touches. */
export interface StoppableBot {
  readiness: Pick<Readiness, 'stopping'>;
  draining: Pick<DrainingService, 'stopTaking' | 'idle'>;
  digests: { stop(options: { handBackAfterMs: number }): Promise<void> };
  live?: { stop(): Promise<void> } | undefined;
  platforms: ReadonlyArray<{ stop(): Promise<void> }>;
  /** Closed last, together: the store, the health server. */
  closers: ReadonlyArray<() => Promise<unknown>>;
}

/**
 * The shutdown steps for `bot`, with budgets in proportion to the limit.
 * @example await shutDown(botShutdownSteps(bot, 10_000), { timeoutMs: 10_000, logger });
 */
export function botShutdownSteps(bot: StoppableBot, timeoutMs: number): ShutdownStep[] {
  return [
    {
      name: 'stop taking work and finish what is under way',
      budgetMs: timeoutMs * 0.6,
      run: async () => {
        bot.readiness.stopping();
        bot.draining.stopTaking();
        await Promise.all([bot.digests.stop({ handBackAfterMs: timeoutMs * 0.5 }), bot.live?.stop(), bot.draining.idle()]);
      },
    },
    {
      name: 'disconnect from the chat platforms',
      budgetMs: timeoutMs * 0.25,
      run: () => Promise.allSettled(bot.platforms.map((platform) => platform.stop())),
    },
    { name: 'close the store and the health endpoints', run: () => Promise.all(bot.closers.map((close) => close())) },
  ];
}
