/**
 * Runs a command for a Slack user and delivers the answer: privately through the response_url (with
 * paging, choice and share buttons), or publicly when the user shares it. Never throws: failures are
 * logged with the command and its arguments and the user gets a short message.
 */
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import { isReadOnly, type CommandInput } from '../../briefing/command.js';
import type { Reply } from '../../briefing/reply.js';
import { failureReply, FAILURE_TEXT } from '../../briefing/reply-builder.js';
import type { BriefingService } from '../../briefing/service.js';
import { argsForLog } from '../../briefing/text.js';
import type { Logger } from '../../logging.js';
import { renderChannelMessages } from './channel-messages.js';
import { escapeSlackText } from './escape-slack-text.js';
import { problemReply } from './local-replies.js';
import { RESPONSE_URL_POSTS_MAX } from './limits.js';
import { renderSlackReply } from './render.js';
import { postChannelMessage, slackErrorCode } from './sender.js';
import type { Invocation, SlackCommandRoutes } from './slack-command-routes.js';
import { withControls } from './slack-controls.js';

/** Who asked, and where. */
export interface SlackAsker {
  userId: string;
  userName: string;
  channelId: string;
  channelName?: string;
  /** The workspace (team id) it was asked in. */
  teamId?: string;
}

/** What the answerer needs. */
export interface SlackAnswererDeps {
  service: BriefingService;
  routes: SlackCommandRoutes;
  logger: Logger;
  /** The Web API client for a workspace (its own token when installed through OAuth). */
  clientFor: (teamId: string | undefined) => Promise<webApi.WebClient>;
  canManageChannel: (userId: string, teamId: string | undefined) => Promise<boolean>;
}

// A channel the bot cannot post in by chat.postMessage (a private channel or DM it is not in):
// sharing then goes through the response_url, which works wherever the command was used.
const USE_RESPONSE_URL = new Set(['not_in_channel', 'channel_not_found']);

/** The names this workspace uses, added under /help because the core's usage lines show bare names. */
export function slackNamesNote(routes: SlackCommandRoutes): string {
  const code = (name: string) => `\`${escapeSlackText(name.replace(/`/g, ''))}\``;
  const direct = routes.names.filter((n) => n !== routes.main).map(code);
  const main = `${code(routes.main)} followed by a command name, e.g. ${code(`${routes.main} who NAME`)} or ${code(`${routes.main} digest subscribe 07:30`)}`;
  return direct.length > 0 ? `In this workspace: ${direct.join(', ')}; or ${main}.` : `In this workspace: ${main}.`;
}

/** True when running the invocation again is harmless: it only reads. */
export function isRepeatable(invocation: Pick<Invocation, 'command' | 'subcommand'>): boolean {
  return isReadOnly(invocation.command, invocation.subcommand);
}

const definedArgs = (args: Invocation['args']): Record<string, string> =>
  Object.fromEntries(Object.entries(args).filter((e): e is [string, string] => e[1] !== undefined));

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates the answerer used by the command and button listeners. */
export function createSlackAnswerer(deps: SlackAnswererDeps) {
  const { service, routes, logger } = deps;

  /** Runs the command through the briefing service; a failure becomes the generic reply. */
  async function run(invocation: Invocation, asker: SlackAsker): Promise<Reply> {
    const log = {
      command: invocation.command.name,
      subcommand: invocation.subcommand,
      args: argsForLog(invocation.args),
      userId: asker.userId,
      channelId: asker.channelId,
      teamId: asker.teamId,
    };
    try {
      // Only a command that changes settings needs the permission; asking Slack costs a call.
      const needsPermission = !isRepeatable(invocation);
      const input: CommandInput = {
        command: invocation.command.name,
        ...(invocation.subcommand ? { subcommand: invocation.subcommand } : {}),
        args: invocation.args,
        ...(invocation.page !== undefined ? { page: invocation.page } : {}),
        user: {
          id: asker.userId,
          name: asker.userName,
          ...(needsPermission ? { canManageChannel: await deps.canManageChannel(asker.userId, asker.teamId) } : {}),
        },
        channel: { id: asker.channelId, ...(asker.channelName ? { name: asker.channelName } : {}), ...(asker.teamId ? { workspaceId: asker.teamId } : {}) },
        platform: 'slack',
      };
      const reply = await service.handle(input);
      logger.info({ ...log, tone: reply.tone }, 'slack command answered');
      return reply;
    } catch (error) {
      logger.error({ ...log, err: error }, 'slack command failed');
      return failureReply();
    }
  }

  /** Posts to the response_url; one more try after a pause when Slack is busy (429 or 5xx). */
  async function send(respond: RespondFn, message: RespondArguments): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await respond(message);
        return;
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode ?? 0;
        if (attempt >= 2 || !(status === 429 || status >= 500)) throw error;
        await delay(1000 * (attempt + 1));
      }
    }
  }

  /** Shows the answer (page `page`) only to the user who asked. */
  async function answerPrivately(
    invocation: Invocation,
    asker: SlackAsker,
    respond: RespondFn,
    options: { page?: number; replaceOriginal?: boolean; reply?: Reply } = {},
  ): Promise<void> {
    const reply = options.reply ?? (await run(invocation, asker));
    const base = { response_type: 'ephemeral' as const, replace_original: options.replaceOriginal ?? false };
    try {
      const pages = renderSlackReply(reply);
      if (invocation.command.name === 'help') {
        pages[0]!.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackNamesNote(routes), verbatim: true }] });
      }
      const repeatable = isRepeatable(invocation);
      const choices = reply.choices.filter((c) => routes.find(c.command));
      if (repeatable || pages.length === 1) {
        const view = Math.min(Math.max(options.page ?? 0, 0), pages.length - 1);
        const request = {
          command: invocation.command.name,
          ...(invocation.subcommand ? { subcommand: invocation.subcommand } : {}),
          args: definedArgs(invocation.args),
          ...(invocation.page !== undefined ? { page: invocation.page } : {}),
          view,
        };
        const shareable = repeatable && !reply.ephemeral && reply.tone === 'info';
        const more = repeatable && reply.more ? { more: reply.more } : {};
        const message = withControls(pages[view]!, { request, pageCount: pages.length, shareable, choices, ...more });
        await send(respond, { ...base, ...message });
        return;
      }
      // Not safe to re-run from a button, so no paging: the pages go out as separate messages.
      for (const [i, page] of pages.slice(0, RESPONSE_URL_POSTS_MAX).entries()) {
        await send(respond, { ...base, ...(i > 0 ? { replace_original: false } : {}), ...page });
      }
    } catch (error) {
      logger.error({ command: invocation.command.name, args: argsForLog(invocation.args), err: error }, 'slack answer failed');
      await answerProblem(FAILURE_TEXT, respond);
    }
  }

  /** Tells the user about a problem found before running anything. */
  async function answerProblem(problem: string, respond: RespondFn): Promise<void> {
    try {
      await send(respond, { response_type: 'ephemeral', replace_original: false, ...renderSlackReply(problemReply(problem))[0]! });
    } catch (error) {
      logger.error({ err: error, problem }, 'slack response_url post failed');
    }
  }

  /** Runs the command again and posts the answer in the channel for everyone. */
  async function share(invocation: Invocation, asker: SlackAsker, respond: RespondFn): Promise<void> {
    const reply = await run(invocation, asker);
    if (!isRepeatable(invocation) || reply.ephemeral || reply.tone !== 'info') {
      await answerPrivately(invocation, asker, respond, { reply });
      return;
    }
    const messages = renderChannelMessages(reply, `Shared by ${asker.userName}`);
    let posted = 0;
    try {
      const client = await deps.clientFor(asker.teamId);
      for (const message of messages) {
        await postChannelMessage(client, asker.channelId, message);
        posted++;
      }
    } catch (error) {
      const code = slackErrorCode(error);
      if (posted > 0 || !code || !USE_RESPONSE_URL.has(code)) {
        logger.error({ command: invocation.command.name, args: argsForLog(invocation.args), err: error }, 'slack share failed');
        await answerProblem('Sharing failed. It has been logged; please try again in a moment.', respond);
        return;
      }
      try {
        for (const message of messages.slice(0, RESPONSE_URL_POSTS_MAX - 1)) {
          await send(respond, { response_type: 'in_channel', replace_original: false, ...message });
        }
      } catch (fallbackError) {
        logger.error({ command: invocation.command.name, err: fallbackError }, 'slack share through response_url failed');
        return;
      }
    }
    logger.info({ command: invocation.command.name, channelId: asker.channelId, messages: messages.length }, 'slack answer shared');
    try {
      await send(respond, { delete_original: true });
    } catch (error) {
      logger.warn({ err: error }, 'slack could not remove the private copy after sharing');
    }
  }

  return { run, answerPrivately, answerProblem, share };
}

/** The answerer's operations. */
export type SlackAnswerer = ReturnType<typeof createSlackAnswerer>;
