/**
 * Answers Discord interactions: slash commands (deferred when slow), actor-name autocomplete and
 * paging buttons. Every interaction is handled inside its own try/catch, so one bad interaction
 * never stops the bot; failures are logged with the command and its arguments.
 */
import {
  DiscordAPIError,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { CommandInput } from '../../briefing/command.js';
import { parseCommandLine } from '../../briefing/command-line.js';
import type { BriefingService } from '../../briefing/service.js';
import type { Logger } from '../../logging.js';
import { autocompleteChoices, findCommand, isDiscordNameOf } from './autocomplete.js';
import { DISCORD_ERROR_CODES } from './discord-limits.js';
import { decodePageId } from './page-buttons.js';
import { NO_MENTIONS, viewReply, type ChoiceParser, type MessageView } from './reply-view.js';

/** What the handler needs. */
export interface InteractionHandlerDeps {
  service: BriefingService;
  logger: Logger;
  /** Defer when the answer is not ready after this many milliseconds (Discord allows 3 s). */
  deferAfterMs: number;
}

const GENERIC_FAILURE = 'Sorry, something went wrong while answering that. Please try again in a moment.';
const STALE_BUTTON = 'This button no longer works. Run the command again.';
const LATE = Symbol('late');
/** Longest argument text written to a log line. */
const LOGGED_ARG_LENGTH = 200;

/** The command and arguments of an interaction, for log lines. */
interface Context {
  command: string;
  args: Record<string, string | undefined>;
}

function loggedArgs(args: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, v && v.length > LOGGED_ARG_LENGTH ? `${v.slice(0, LOGGED_ARG_LENGTH)}…` : v]));
}

/** True for a Discord API error with this code. */
export function isDiscordError(err: unknown, code: number): boolean {
  return err instanceof DiscordAPIError && err.code === code;
}

/** Waits for `work`; when it takes longer than `afterMs`, calls `defer` first, then keeps waiting. */
async function withDeferral<T>(work: Promise<T>, afterMs: number, defer: () => Promise<unknown>): Promise<T> {
  work.catch(() => undefined); // observed below; this only stops an "unhandled rejection" if defer fails
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), afterMs)));
  const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (first !== LATE) return first as T;
  await defer();
  return work;
}

function neutralUser(interaction: BaseInteraction): CommandInput['user'] {
  return {
    id: interaction.user.id,
    name: interaction.user.globalName ?? interaction.user.username,
    canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
  };
}

function neutralChannel(interaction: BaseInteraction): CommandInput['channel'] {
  const channel = interaction.channel;
  const name = channel && 'name' in channel && typeof channel.name === 'string' ? channel.name : undefined;
  return name ? { id: interaction.channelId ?? '', name } : { id: interaction.channelId ?? '' };
}

/** The neutral input for a slash command; option names map back to the definition's names. */
function commandInput(interaction: ChatInputCommandInteraction, service: BriefingService): CommandInput {
  const definition = findCommand(service.commands, interaction.commandName);
  const args: Record<string, string | undefined> = {};
  for (const option of interaction.options.data) {
    if (option.value === undefined || option.value === null) continue;
    const name = definition?.options.find((o) => isDiscordNameOf(o.name, option.name))?.name ?? option.name;
    args[name] = String(option.value);
  }
  return {
    command: definition?.name ?? interaction.commandName,
    args,
    user: neutralUser(interaction),
    channel: neutralChannel(interaction),
    platform: 'discord',
  };
}

/** Reads a choice's command line ("/who Jane Smith") with the service's own command parser. */
function choiceParser(service: BriefingService, origin: Pick<CommandInput, 'user' | 'channel' | 'platform'>): ChoiceParser {
  const { user, channel, platform } = origin; // only these: the parser spreads what it is given
  return (choice) => {
    const parsed = parseCommandLine(choice.command, service.commands, { user, channel, platform });
    return parsed ? { command: parsed.command, args: parsed.args } : null;
  };
}

const asMessage = (view: MessageView) => ({ embeds: view.embeds, components: view.components, allowedMentions: NO_MENTIONS });

async function answerCommand(interaction: ChatInputCommandInteraction, deps: InteractionHandlerDeps, input: CommandInput) {
  const reply = await withDeferral(deps.service.handle(input), deps.deferAfterMs, () => interaction.deferReply());
  const view = viewReply(reply, input, 0, choiceParser(deps.service, input));
  const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (!interaction.deferred) {
    await interaction.reply({ ...asMessage(view.main), flags });
  } else if (reply.ephemeral) {
    // A deferred reply keeps the visibility it was deferred with: replace it by an ephemeral one.
    await interaction.deleteReply();
    await interaction.followUp({ ...asMessage(view.main), flags: MessageFlags.Ephemeral });
  } else {
    await interaction.editReply(asMessage(view.main));
  }
  for (const page of view.rest) await interaction.followUp({ ...asMessage(page), flags });
  deps.logger.info(
    { interactionId: interaction.id, command: input.command, tone: reply.tone, pages: view.pageCount, deferred: interaction.deferred },
    'answered command',
  );
}

async function answerPageButton(interaction: ButtonInteraction, deps: InteractionHandlerDeps, context: Context) {
  const request = decodePageId(interaction.customId);
  if (!request) {
    await interaction.reply({ content: STALE_BUTTON, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  context.command = request.command;
  context.args = request.args;
  const input: CommandInput = {
    command: request.command,
    args: request.args,
    user: neutralUser(interaction),
    channel: neutralChannel(interaction),
    platform: 'discord',
  };
  const reply = await withDeferral(deps.service.handle(input), deps.deferAfterMs, () => interaction.deferUpdate());
  const view = viewReply(reply, request, request.page, choiceParser(deps.service, input));
  if (reply.tone === 'error') {
    // Do not replace a shared message with one user's error: tell only them.
    const message = { ...asMessage(view.main), flags: MessageFlags.Ephemeral } as const;
    await (interaction.deferred ? interaction.followUp(message) : interaction.reply(message));
  } else if (interaction.deferred) {
    await interaction.editReply(asMessage(view.main));
  } else {
    await interaction.update(asMessage(view.main));
  }
  deps.logger.info({ interactionId: interaction.id, command: request.command, page: view.page }, 'showed page');
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionHandlerDeps) {
  const focused = interaction.options.getFocused(true);
  const choices = await autocompleteChoices(deps.service, interaction.commandName, focused.name, String(focused.value));
  await interaction.respond(choices);
}

async function reportFailure(interaction: Interaction, err: unknown, context: Context, logger: Logger) {
  const where = { interactionId: interaction.id, command: context.command, args: loggedArgs(context.args) };
  if (isDiscordError(err, DISCORD_ERROR_CODES.unknownInteraction)) {
    logger.warn(where, 'interaction expired before it was answered');
    return;
  }
  if (isDiscordError(err, DISCORD_ERROR_CODES.alreadyAcknowledged)) {
    logger.warn(where, 'interaction was already acknowledged');
    return;
  }
  logger.error({ ...where, err }, 'interaction failed');
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      const message = { content: GENERIC_FAILURE, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
      if (interaction.deferred || interaction.replied) await interaction.followUp(message);
      else await interaction.reply(message);
    }
  } catch (second) {
    logger.warn({ ...where, err: second }, 'could not tell the user about the failure');
  }
}

/**
 * Creates the `interactionCreate` listener. It never rejects.
 * @example client.on(Events.InteractionCreate, createInteractionHandler({ service, logger, deferAfterMs: 1500 }))
 */
export function createInteractionHandler(deps: InteractionHandlerDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const context: Context = { command: 'commandName' in interaction ? String(interaction.commandName) : 'unknown', args: {} };
    try {
      if (interaction.isChatInputCommand()) {
        const input = commandInput(interaction, deps.service);
        context.args = input.args;
        await answerCommand(interaction, deps, input);
      } else if (interaction.isAutocomplete()) {
        await answerAutocomplete(interaction, deps);
      } else if (interaction.isButton()) {
        await answerPageButton(interaction, deps, context);
      }
    } catch (err) {
      // reportFailure catches its own errors; the extra guard keeps a logger failure from
      // becoming an unhandled rejection, which would end the process.
      await reportFailure(interaction, err, context, deps.logger).catch(() => undefined);
    }
  };
}
