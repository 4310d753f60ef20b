/**
 * What every command handler receives besides its input: the corpus (the store's indexes behind a
 * small cache), a clock, a logger, and the optional features other parts of the bot plug in (LLM,
 * digest subscriptions).
 */
import type { Llm } from '../llm/types.js';
import type { Logger } from '../logging.js';
import type { Command, CommandInput } from './command.js';
import type { Corpus } from './corpus.js';
import type { Reply } from './reply.js';

/** The digest subcommands that scheduled digests handle (subscribe, list, ...). */
export const DIGEST_ACTIONS = ['subscribe', 'list', 'unsubscribe', 'pause', 'resume', 'preview'] as const;

/** A digest subcommand name. */
export type DigestAction = (typeof DIGEST_ACTIONS)[number];

/** Scheduled-digest subcommands, provided by the scheduler when it is configured. */
export interface DigestSubscriptions {
  handle(action: DigestAction, input: CommandInput): Promise<Reply>;
}

/** The context passed to every briefing command handler. */
export interface BriefingContext {
  corpus: Corpus;
  /** The current instant; a function so tests and schedules control it. */
  now: () => Date;
  logger: Logger;
  /** The optional LLM features (issue 7); absent when not configured. */
  llm?: Llm;
  /** Scheduled digests; absent when not configured. */
  subscriptions?: DigestSubscriptions;
  /** Every command the service answers, for /help. */
  commands?: ReadonlyArray<Command<BriefingContext>>;
}
