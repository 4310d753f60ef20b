/**
 * Wires slash commands and buttons to the answerer. Every listener acknowledges at once (Slack
 * allows 3 seconds) with an empty body, then answers through the response_url. A delivery seen
 * before (a retry, a double click) is acknowledged and not answered again.
 */
import type { App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../logging.js';
import { deliveryKey, type DeliveryDeduper } from './delivery-deduper.js';
import { isRepeatable, type SlackAnswerer, type SlackAsker } from './slack-answerer.js';
import type { Invocation, SlackCommandRoutes } from './slack-command-routes.js';
import type { SlackHome } from './handle-home.js';
import { ACTION_IDS, decodeButtonValue } from './slack-controls.js';

/** How long a delivery is remembered: trigger ids are unique, a content hash needs a short window. */
export const DEDUPE_WINDOWS = { triggerMs: 10 * 60_000, contentMs: 60_000, shareMs: 15_000 } as const;

interface ListenerDeps {
  routes: SlackCommandRoutes;
  answerer: SlackAnswerer;
  deduper: DeliveryDeduper;
  logger: Logger;
  /** The App Home tab and subscribe modal, when subscriptions can be listed. */
  home?: SlackHome;
}

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction>;

const askerOf = (body: BlockButtonAction): SlackAsker | null => {
  const channelId = body.channel?.id ?? body.container?.channel_id;
  if (!channelId) return null;
  const teamId = body.team?.id ?? body.user.team_id;
  return {
    userId: body.user.id,
    userName: body.user.username ?? body.user.name ?? body.user.id,
    channelId,
    ...(body.channel?.name ? { channelName: body.channel.name } : {}),
    ...(teamId ? { teamId } : {}),
  };
};

/** Registers the command and button listeners on a Bolt app. */
export function registerSlackListeners(app: App, deps: ListenerDeps): void {
  const { routes, answerer, deduper, logger } = deps;

  app.command(/^\/.+/, async ({ command, ack, respond, context, client }) => {
    const firstTime = command.trigger_id
      ? deduper.firstTime(deliveryKey('trigger', command.trigger_id), DEDUPE_WINDOWS.triggerMs)
      : deduper.firstTime(
          deliveryKey('content', command.team_id, command.channel_id, command.user_id, command.command, command.text),
          DEDUPE_WINDOWS.contentMs,
        );
    await ack();
    const log = { slashCommand: command.command, userId: command.user_id, channelId: command.channel_id, retryNum: context.retryNum };
    if (!firstTime) {
      logger.info(log, 'slack repeated delivery acknowledged without a second answer');
      return;
    }
    logger.debug(log, 'slack command received');
    const routed = routes.route(command.command, command.text ?? '');
    if (!routed.ok) {
      await answerer.answerProblem(routed.problem, respond);
      return;
    }
    // `digest subscribe` with nothing after it opens the modal (time picker, zone, filter).
    const { invocation } = routed;
    const bareSubscribe = invocation.command.name === 'digest' && invocation.subcommand === 'subscribe' && Object.keys(invocation.args).length === 0;
    if (bareSubscribe && deps.home && command.trigger_id && (await deps.home.openFromCommand(client, command))) return;
    const asker: SlackAsker = {
      userId: command.user_id,
      userName: command.user_name,
      channelId: command.channel_id,
      ...(command.channel_name ? { channelName: command.channel_name } : {}),
      ...(command.team_id ? { teamId: command.team_id } : {}),
    };
    await answerer.answerPrivately(routed.invocation, asker, respond);
  });

  /**
   * Reads a button: who clicked, and which command it asks for; null (logged) when unusable. A
   * button only ever re-runs a command that reads: one that would change settings is refused.
   */
  const readButton = async ({ body, action, respond }: ButtonArgs): Promise<{ asker: SlackAsker; invocation: Invocation; page: number } | null> => {
    const request = decodeButtonValue(action.value);
    const command = request && routes.find(request.command);
    const asker = askerOf(body);
    const invocation: Invocation | null =
      request && command
        ? { command, ...(request.subcommand ? { subcommand: request.subcommand } : {}), args: request.args, ...(request.page ? { page: request.page } : {}) }
        : null;
    if (!request || !invocation || !asker || !isRepeatable(invocation)) {
      logger.warn({ actionId: action.action_id, userId: body.user.id }, 'slack button not understood');
      await answerer.answerProblem('This button no longer works: run the command again.', respond);
      return null;
    }
    return { asker, invocation, page: request.view };
  };

  app.action<BlockButtonAction>(ACTION_IDS.share, async (args) => {
    await args.ack();
    const key = deliveryKey('share', args.body.team?.id, args.body.channel?.id, args.body.user.id, args.action.value);
    if (!deduper.firstTime(key, DEDUPE_WINDOWS.shareMs)) return;
    const button = await readButton(args);
    if (button) await answerer.share(button.invocation, button.asker, args.respond);
  });

  app.action<BlockButtonAction>(ACTION_IDS.page, async (args) => {
    await args.ack();
    const button = await readButton(args);
    if (button) await answerer.answerPrivately(button.invocation, button.asker, args.respond, { page: button.page, replaceOriginal: true });
  });

  app.action<BlockButtonAction>(ACTION_IDS.more, async (args) => {
    await args.ack();
    const button = await readButton(args);
    if (button) await answerer.answerPrivately(button.invocation, button.asker, args.respond, { replaceOriginal: true });
  });

  app.action<BlockButtonAction>(ACTION_IDS.choice, async (args) => {
    await args.ack();
    const button = await readButton(args);
    if (button) await answerer.answerPrivately(button.invocation, button.asker, args.respond, { replaceOriginal: true });
  });

  app.error(async (error) => {
    logger.error({ err: error, code: error.code }, 'slack listener error');
  });
}
