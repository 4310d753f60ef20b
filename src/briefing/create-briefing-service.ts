/**
 * The briefing service: routes a neutral CommandInput to its command, checks arguments, and turns
 * every outcome into a Reply. A UserError is shown to the user; anything else is logged with the
 * command and its arguments and answered with a short generic message. It never throws.
 */
import type { Llm } from '../llm/types.js';
import type { Logger } from '../logging.js';
import { secondsSince, type CommandOutcome, type Metrics } from '../service/metrics.js';
import { briefingCommands } from '../../commands/index.js';
import { findSubcommand, UserError, type Command, type CommandInput, type CommandOption } from './command.js';
import { completeActorName } from './completion.js';
import type { BriefingContext, DigestSubscriptions } from './context.js';
import type { Corpus } from './corpus.js';
import type { Reply } from './reply.js';
import { errorReply, failureReply } from './reply-builder.js';
import type { BriefingService } from './service.js';
import { argsForLog, echoUserText, stripControl } from './text.js';
import { distance } from 'fastest-levenshtein';

/** What the service needs. */
export interface BriefingServiceDeps {
  corpus: Corpus;
  logger: Logger;
  now?: () => Date;
  /** The optional LLM features (issue 7): createLlm's result, null or absent when not configured. */
  llm?: Llm | null;
  /** Scheduled-digest subcommands (issue 6). */
  subscriptions?: DigestSubscriptions;
  /** Commands added after the built-in ones; one with a built-in's name replaces it. */
  extraCommands?: ReadonlyArray<Command<BriefingContext>>;
  /** Where each command's outcome and time are counted. */
  metrics?: Metrics;
}

/** The briefing service with its command context exposed for schedulers and tests. */
export interface BriefingServiceWithContext extends BriefingService {
  /** The context handlers receive (the clock read at call time). */
  context(): BriefingContext;
}

/**
 * Creates the service every front end talks to.
 * @example const reply = await createBriefingService({ corpus, logger }).handle(input)
 */
export function createBriefingService(deps: BriefingServiceDeps): BriefingServiceWithContext {
  const now = deps.now ?? (() => new Date());
  const byName = new Map<string, Command<BriefingContext>>();
  for (const command of [...briefingCommands, ...(deps.extraCommands ?? [])]) byName.set(command.name, command);
  const commands = [...byName.values()];
  const context = (): BriefingContext => ({
    corpus: deps.corpus,
    now,
    logger: deps.logger,
    commands,
    ...(deps.llm ? { llm: deps.llm } : {}),
    ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
  });

  return {
    commands: commands as ReadonlyArray<Command<unknown>>,
    context,
    async handle(input: CommandInput): Promise<Reply> {
      const started = performance.now();
      // Metrics name a command only once it is known to exist: user text never becomes a label.
      let known = 'unknown';
      let outcome: CommandOutcome = 'error';
      try {
        const name = String(input?.command ?? '')
          .trim()
          .replace(/^\/+/, '')
          .toLowerCase();
        const command = byName.get(name);
        if (!command) throw unknownCommand(name, commands);
        known = command.name;
        const subcommand = checkedSubcommand(command, input.subcommand);
        const options = subcommand ? subcommand.options : command.options;
        const usage = subcommand ? subcommand.usage : command.usage;
        const args = checkedArgs(options, usage, input.args ?? {});
        const checked: CommandInput = { user: input.user, channel: input.channel, platform: input.platform, command: name, args };
        if (subcommand) checked.subcommand = subcommand.name;
        if (Number.isInteger(input.page) && input.page! > 1) checked.page = input.page!;
        const reply = await command.handler(checked, context());
        if (!reply || typeof reply.title !== 'string') throw new Error(`/${name} returned no reply`);
        outcome = 'ok';
        return reply;
      } catch (err) {
        if (err instanceof UserError) {
          outcome = 'user_error';
          return errorReply(err.message);
        }
        deps.logger.error({ command: input?.command, subcommand: input?.subcommand, args: argsForLog(input?.args), err }, 'command failed');
        return failureReply();
      } finally {
        deps.metrics?.commandAnswered(known, outcome, secondsSince(started));
      }
    },
    async completeActor(prefix, limit) {
      try {
        return await completeActorName(deps.corpus, prefix, Math.min(Math.max(0, Math.floor(limit)), 25));
      } catch (err) {
        deps.logger.warn({ err }, 'name completion failed');
        return [];
      }
    },
  };
}

// The subcommand as the definition names it; an unknown one is a user mistake naming the known ones.
function checkedSubcommand(command: Command<BriefingContext>, given: string | undefined) {
  if (given === undefined || given === '') return undefined;
  const found = findSubcommand(command, given);
  if (found) return found;
  const known = (command.subcommands ?? []).map((s) => s.name);
  const shown = echoUserText(given, 30);
  throw new UserError(
    known.length > 0 ? `/${command.name} has no "${shown}": use one of ${known.join(', ')}.` : `/${command.name} takes no "${shown}". Usage: ${command.usage}`,
    'unknown_subcommand',
  );
}

// Arguments as the handler gets them: known options only, control characters gone, length and
// choices checked so an oversize paste gets a clear message instead of a slow search.
function checkedArgs(options: readonly CommandOption[], usage: string, raw: Record<string, unknown>): Record<string, string | undefined> {
  const args: Record<string, string | undefined> = {};
  for (const option of options) {
    const value = raw[option.name];
    if (value === undefined || value === null) continue;
    const text = stripControl(String(value));
    if (option.maxLength !== undefined && text.length > option.maxLength) {
      throw new UserError(
        `The ${option.name} is too long (${text.length.toLocaleString('en-US')} characters; at most ${option.maxLength}). Usage: ${usage}`,
        'argument_too_long',
      );
    }
    if (option.type === 'integer' && text !== '' && !/^-?\d+$/.test(text)) {
      throw new UserError(`The ${option.name} must be a whole number. Usage: ${usage}`, 'argument_not_integer');
    }
    args[option.name] = text;
  }
  return args;
}

function unknownCommand(name: string, commands: ReadonlyArray<Command<BriefingContext>>): UserError {
  const shown = echoUserText(name.replace(/[^\p{L}\p{N}:_-]/gu, ''), 30);
  const near = commands.map((c) => c.name).filter((c) => name.length > 0 && distance(c, name) <= 2);
  const hint = near.length > 0 ? ` Did you mean /${near[0]}?` : '';
  return new UserError(`${shown ? `There is no /${shown} command.` : 'Type a command.'}${hint} Type /help for the list.`, 'unknown_command');
}
