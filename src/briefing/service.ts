/**
 * The briefing service every front end talks to: the console, Discord, Slack and the scheduler.
 * It turns a neutral CommandInput into a neutral Reply and never throws.
 */
import type { Command, CommandInput } from './command.js';
import type { Reply } from './reply.js';

/** One autocomplete suggestion: what to show and what to insert. */
export interface Completion {
  name: string;
  value: string;
}

export interface BriefingService {
  /** All command definitions, for registration with platforms and for /help. */
  readonly commands: ReadonlyArray<Command<unknown>>;
  /**
   * Answers one command. A UserError becomes an ephemeral error reply with its message; any other
   * failure is logged with the command and its arguments and answered with a short generic reply.
   */
  handle(input: CommandInput): Promise<Reply>;
  /** Actor names starting with or resembling `prefix`, best first, at most `limit`; never rejects. */
  completeActor(prefix: string, limit: number): Promise<Completion[]>;
}
