/**
 * The briefing service as a stopping process offers it: it counts the commands under way, and once
 * told to stop taking work it answers new ones with a short "restarting" note instead of starting
 * them, while those already under way finish and reach their users before the platforms disconnect.
 */
import { buildReply } from '../briefing/reply-builder.js';
import type { BriefingServiceWithContext } from '../briefing/create-briefing-service.js';

/** The wrapped service and the controls shutdown uses. */
export interface DrainingService {
  service: BriefingServiceWithContext;
  /** New commands get the restarting note from now on. */
  stopTaking(): void;
  /** Resolves once no command is under way. */
  idle(): Promise<void>;
}

/** What a command arriving during shutdown gets: it is not started, and the user can ask again. */
export const RESTARTING_REPLY = buildReply({
  title: 'The bot is restarting. Please try again in a few seconds.',
  ephemeral: true,
  tone: 'notice',
});

/**
 * Wraps `service`; the front ends get `.service` and never see the difference until shutdown.
 * @example const draining = createDrainingService(opened.service); startPlatform({ service: draining.service });
 */
export function createDrainingService(service: BriefingServiceWithContext): DrainingService {
  let taking = true;
  let underWay = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (underWay > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  return {
    service: {
      ...service,
      async handle(input) {
        if (!taking) return RESTARTING_REPLY;
        underWay++;
        try {
          return await service.handle(input);
        } finally {
          underWay--;
          settle();
        }
      },
    },
    stopTaking() {
      taking = false;
    },
    idle() {
      return underWay === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}
