/**
 * The App Home tab and the subscribe modal, wired to Bolt: the tab is published (views.publish)
 * when a user opens it, its buttons pause, resume, change or remove a channel's digest, "Add a
 * digest" and a bare `/brief digest subscribe` open the modal (views.open), the modal's time-zone
 * menu is filled as the user types (block_suggestion), and its submission (view_submission)
 * subscribes. Every change runs the core's `/digest` subcommands, so permissions and validation
 * are the same as typed commands; a refusal shows in the tab or under the modal's field.
 */
import type { App, BlockButtonAction, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import type { CommandInput } from '../../briefing/command.js';
import type { Reply } from '../../briefing/reply.js';
import type { BriefingService } from '../../briefing/service.js';
import { completeTimeZone } from '../../briefing/time-zones.js';
import type { Logger } from '../../logging.js';
import type { Subscription } from '../../store/store.js';
import { HOME_ACTIONS, homeView } from './home-view.js';
import { MENU_OPTIONS_MAX } from './limits.js';
import { errorBlock, readSubmission, subscribeModal, SUBSCRIBE_MODAL, type ModalOrigin } from './subscribe-modal.js';

/** What the home tab and the modal need. */
export interface HomeDeps {
  service: BriefingService;
  /** The subscriptions of a workspace (team id). */
  subscriptionsOf: (teamId: string | undefined) => Promise<Subscription[]>;
  /** Whether the user may change digests in the workspace. */
  mayChange: (userId: string, teamId: string | undefined) => Promise<boolean>;
  /** The modal's starting time and zone for a new digest (DIGEST_DEFAULT_TIME, TIMEZONE). */
  defaults: { time: string; timezone: string };
  /** The slash command, e.g. /brief. */
  command: string;
  logger: Logger;
}

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & { client: webApi.WebClient; context: { teamId?: string } };

/** Registers the home tab, its buttons, the modal and its menu on a Bolt app; returns how to open the modal from a command. */
export function registerHome(app: App, deps: HomeDeps) {
  const { service, logger } = deps;

  const runDigest = async (
    subcommand: string,
    args: Record<string, string>,
    user: { id: string; name: string },
    channelId: string,
    teamId: string | undefined,
  ): Promise<Reply> => {
    const input: CommandInput = {
      command: 'digest',
      subcommand,
      args,
      user: { ...user, canManageChannel: await deps.mayChange(user.id, teamId) },
      channel: { id: channelId, ...(teamId ? { workspaceId: teamId } : {}) },
      platform: 'slack',
    };
    return service.handle(input);
  };

  const publish = async (client: webApi.WebClient, userId: string, teamId: string | undefined, notice?: string) => {
    const [subs, mayChange] = await Promise.all([deps.subscriptionsOf(teamId), deps.mayChange(userId, teamId)]);
    await client.views.publish({ user_id: userId, view: homeView(subs, { command: deps.command, mayChange, ...(notice ? { notice } : {}) }) });
  };

  const openModal = async (client: webApi.WebClient, triggerId: string, origin: ModalOrigin, current?: Subscription | null) => {
    const defaults = current
      ? { time: current.time, timezone: current.timezone, filter: current.filter, changing: true }
      : { time: deps.defaults.time, timezone: deps.defaults.timezone };
    await client.views.open({ trigger_id: triggerId, view: subscribeModal(origin, defaults) });
  };

  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    try {
      await publish(client, event.user, context.teamId);
    } catch (err) {
      logger.error({ err, userId: event.user, teamId: context.teamId }, 'slack home tab not published');
    }
  });

  const onButton = (actionId: string, subcommand: 'pause' | 'resume' | 'unsubscribe') =>
    app.action<BlockButtonAction>(actionId, async (args) => {
      const { ack, body, action, client, context } = args as ButtonArgs;
      await ack();
      const teamId = context.teamId ?? body.team?.id;
      try {
        const reply = await runDigest(subcommand, {}, { id: body.user.id, name: body.user.name ?? body.user.id }, action.value ?? '', teamId);
        await publish(client, body.user.id, teamId, `${reply.tone === 'error' ? 'Not done: ' : ''}${reply.title}`);
      } catch (err) {
        logger.error({ err, actionId, teamId }, 'slack home button failed');
      }
    });
  onButton(HOME_ACTIONS.pause, 'pause');
  onButton(HOME_ACTIONS.resume, 'resume');
  onButton(HOME_ACTIONS.remove, 'unsubscribe');

  app.action<BlockButtonAction>(HOME_ACTIONS.change, async (args) => {
    const { ack, body, action, client, context } = args as ButtonArgs;
    await ack();
    const teamId = context.teamId ?? body.team?.id;
    const current = (await deps.subscriptionsOf(teamId)).find((s) => s.channelId === action.value);
    await openModal(client, body.trigger_id, { channelId: action.value ?? '', ...(teamId ? { teamId } : {}), fromHome: true }, current).catch((err: unknown) =>
      logger.error({ err, teamId }, 'slack subscribe modal not opened'),
    );
  });

  app.action<BlockButtonAction>(HOME_ACTIONS.add, async (args) => {
    const { ack, body, client, context } = args as ButtonArgs;
    await ack();
    const teamId = context.teamId ?? body.team?.id;
    await openModal(client, body.trigger_id, { ...(teamId ? { teamId } : {}), fromHome: true }).catch((err: unknown) =>
      logger.error({ err, teamId }, 'slack subscribe modal not opened'),
    );
  });

  // The time-zone menu asks for options as the user types.
  app.options(SUBSCRIBE_MODAL.timezone, async ({ ack, options }) => {
    const zones = completeTimeZone(options.value ?? '', MENU_OPTIONS_MAX);
    await ack({ options: zones.map((z) => ({ text: { type: 'plain_text' as const, text: z.name }, value: z.value })) });
  });

  app.view(SUBSCRIBE_MODAL.callbackId, async ({ ack, body, view, client, context }) => {
    const submitted = readSubmission(view);
    const teamId = submitted?.origin.teamId ?? context.teamId ?? body.team?.id;
    if (!submitted || !submitted.channelId) {
      await ack({ response_action: 'errors', errors: { [SUBSCRIBE_MODAL.channel]: 'Pick a channel for the digest.' } });
      return;
    }
    const user = { id: body.user.id, name: body.user.name ?? body.user.id };
    const reply = await runDigest('subscribe', submitted.args, user, submitted.channelId, teamId);
    if (reply.tone === 'error') {
      await ack({ response_action: 'errors', errors: { [errorBlock(reply.title, submitted.origin.channelId === undefined)]: reply.title } });
      return;
    }
    await ack();
    logger.info({ channelId: submitted.channelId, teamId, userId: user.id }, 'slack digest subscribed from the modal');
    const done = `${reply.title}: ${reply.description ?? ''}`.trim();
    try {
      if (submitted.origin.fromHome) await publish(client, user.id, teamId, done);
      else await client.chat.postEphemeral({ channel: submitted.channelId, user: user.id, text: done });
    } catch (err) {
      logger.warn({ err, teamId }, 'slack could not confirm the subscription');
    }
  });

  return {
    /**
     * Opens the modal for `/brief digest subscribe` typed without arguments; false (the command is
     * answered as usual) when the user may not change digests or Slack refused.
     */
    async openFromCommand(client: webApi.WebClient, command: { trigger_id: string; channel_id: string; team_id: string; user_id: string }): Promise<boolean> {
      if (!(await deps.mayChange(command.user_id, command.team_id))) return false;
      const current = (await deps.subscriptionsOf(command.team_id)).find((s) => s.channelId === command.channel_id);
      try {
        await openModal(client, command.trigger_id, { channelId: command.channel_id, teamId: command.team_id, fromHome: false }, current);
        return true;
      } catch (err) {
        logger.warn({ err, teamId: command.team_id }, 'slack subscribe modal not opened; subscribing with the typed arguments');
        return false;
      }
    },
  };
}

/** The home tab's operations used elsewhere. */
export type SlackHome = ReturnType<typeof registerHome>;
