/**
 * Answers Discord interactions: slash commands and their subcommands (deferred when slow),
 * autocomplete, paging and "More" buttons, and choices picked from buttons or a select menu. Every
 * interaction is handled inside its own try/catch, so one bad interaction never stops the bot;
 * failures are logged with the command and its arguments.
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
  type StringSelectMenuInteraction,
} from 'discord.js';
import { isReadOnly, optionsOf, type CommandInput } from '../../briefing/command.js';
import { FAILURE_TEXT } from '../../briefing/reply-builder.js';
import type { BriefingService } from '../../briefing/service.js';
import { argsForLog } from '../../briefing/text.js';
import type { Logger } from '../../logging.js';
import { autocompleteChoices, findCommand, isDiscordNameOf } from './autocomplete.js';
import { CHOICE_MENU_ID } from './components.js';
import { DISCORD_ERROR_CODES } from './limits.js';
import { NO_MENTIONS, viewReply, type MessageView } from './reply-view.js';
import { decodeRequestId, type ViewRequest } from './request-id.js';

/** What the handler needs. */
export interface InteractionHandlerDeps {
  service: BriefingService;
  logger: Logger;
  /** Defer when the answer is not ready after this many milliseconds (Discord allows 3 s). */
  deferAfterMs: number;
}

const STALE_COMPONENT = 'This button no longer works. Run the command again.';
const LATE = Symbol('late');

/** The command and arguments of an interaction, for log lines. */
interface Context {
  command: string;
  subcommand?: string;
  args: Record<string, string | undefined>;
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
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  const known = definition ? optionsOf(definition, definition.subcommands?.find((s) => isDiscordNameOf(s.name, subcommand ?? ''))?.name) : [];
  // A subcommand's options come nested under it.
  const given = subcommand ? (interaction.options.data[0]?.options ?? []) : interaction.options.data;
  const args: Record<string, string | undefined> = {};
  for (const option of given) {
    if (option.value === undefined || option.value === null) continue;
    const name = known.find((o) => isDiscordNameOf(o.name, option.name))?.name ?? option.name;
    args[name] = String(option.value);
  }
  const sub = subcommand ? (definition?.subcommands?.find((s) => isDiscordNameOf(s.name, subcommand))?.name ?? subcommand) : undefined;
  return {
    command: definition?.name ?? interaction.commandName,
    ...(sub ? { subcommand: sub } : {}),
    args,
    user: neutralUser(interaction),
    channel: neutralChannel(interaction),
    platform: 'discord',
  };
}

const asMessage = (view: MessageView) => ({ embeds: view.embeds, components: view.components, allowedMentions: NO_MENTIONS });

/** Whether the service's definition says the request only reads (unknown commands do not). */
function readOnly(service: BriefingService, request: Pick<ViewRequest, 'command' | 'subcommand'>): boolean {
  const definition = service.commands.find((c) => c.name === request.command);
  return definition !== undefined && isReadOnly(definition, request.subcommand);
}

function requestOf(input: CommandInput): ViewRequest {
  return { command: input.command, ...(input.subcommand ? { subcommand: input.subcommand } : {}), args: input.args, view: 0 };
}

async function answerCommand(interaction: ChatInputCommandInteraction, deps: InteractionHandlerDeps, input: CommandInput) {
  const reply = await withDeferral(deps.service.handle(input), deps.deferAfterMs, () => interaction.deferReply());
  const view = viewReply(reply, requestOf(input), readOnly(deps.service, input));
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
    {
      interactionId: interaction.id,
      command: input.command,
      subcommand: input.subcommand,
      tone: reply.tone,
      pages: view.pageCount,
      deferred: interaction.deferred,
    },
    'answered command',
  );
}

/**
 * A paging or "More" button, a choice button or a select menu pick: re-runs the request it carries
 * and shows the answer in place of the message. A request that would change settings is refused:
 * components only ever read.
 */
async function answerComponent(interaction: ButtonInteraction | StringSelectMenuInteraction, deps: InteractionHandlerDeps, context: Context) {
  const id = interaction.isStringSelectMenu() && interaction.customId === CHOICE_MENU_ID ? (interaction.values[0] ?? '') : interaction.customId;
  const request = decodeRequestId(id);
  if (!request || !readOnly(deps.service, request)) {
    if (request)
      deps.logger.warn(
        { interactionId: interaction.id, command: request.command, subcommand: request.subcommand },
        'refused a button that would change settings',
      );
    await interaction.reply({ content: STALE_COMPONENT, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  Object.assign(context, { command: request.command, subcommand: request.subcommand, args: request.args });
  const input: CommandInput = {
    command: request.command,
    ...(request.subcommand ? { subcommand: request.subcommand } : {}),
    args: request.args,
    ...(request.page !== undefined ? { page: request.page } : {}),
    user: neutralUser(interaction),
    channel: neutralChannel(interaction),
    platform: 'discord',
  };
  const reply = await withDeferral(deps.service.handle(input), deps.deferAfterMs, () => interaction.deferUpdate());
  const view = viewReply(reply, request, true);
  if (reply.tone === 'error') {
    // Do not replace a shared message with one user's error: tell only them.
    const message = { ...asMessage(view.main), flags: MessageFlags.Ephemeral } as const;
    await (interaction.deferred ? interaction.followUp(message) : interaction.reply(message));
  } else if (interaction.deferred) {
    await interaction.editReply(asMessage(view.main));
  } else {
    await interaction.update(asMessage(view.main));
  }
  for (const page of view.rest) await interaction.followUp({ ...asMessage(page), flags: reply.ephemeral ? MessageFlags.Ephemeral : undefined });
  deps.logger.info({ interactionId: interaction.id, command: request.command, page: request.page, view: view.page }, 'showed page');
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionHandlerDeps) {
  const focused = interaction.options.getFocused(true);
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  const choices = await autocompleteChoices(deps.service, interaction.commandName, subcommand, focused.name, String(focused.value));
  await interaction.respond(choices);
}

async function reportFailure(interaction: Interaction, err: unknown, context: Context, logger: Logger) {
  const where = { interactionId: interaction.id, command: context.command, subcommand: context.subcommand, args: argsForLog(context.args) };
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
      const message = { content: FAILURE_TEXT, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
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
        Object.assign(context, { subcommand: input.subcommand, args: input.args });
        await answerCommand(interaction, deps, input);
      } else if (interaction.isAutocomplete()) {
        await answerAutocomplete(interaction, deps);
      } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
        await answerComponent(interaction, deps, context);
      }
    } catch (err) {
      // reportFailure catches its own errors; the extra guard keeps a logger failure from
      // becoming an unhandled rejection, which would end the process.
      await reportFailure(interaction, err, context, deps.logger).catch(() => undefined);
    }
  };
}
