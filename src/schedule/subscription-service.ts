/**
 * The `/digest subscribe|list|unsubscribe|pause|resume|preview` subcommands: a channel's digest
 * subscription, read and changed in the store. Changing it needs Manage Channels on Discord, and on
 * Slack a workspace admin or a user named in SLACK_DIGEST_ADMINS.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { UserError, type CommandInput } from '../briefing/command.js';
import type { DigestAction, DigestSubscriptions } from '../briefing/context.js';
import type { Reply } from '../briefing/reply.js';
import { buildReply } from '../briefing/reply-builder.js';
import type { Store, Subscription } from '../store/store.js';
import { latestSlotAtOrBefore, slotsBetween } from './slots.js';
import { parseTime, parseTimeZone, subscribeArguments } from './subscribe-arguments.js';

/** What the subscription commands need. */
export interface SubscriptionServiceDeps {
  store: Store;
  /** DIGEST_DEFAULT_TIME, e.g. 07:30. */
  defaultTime: string;
  /** TIMEZONE, the server's zone. */
  defaultTimezone: string;
  /** SLACK_DIGEST_ADMINS as a comma- or space-separated list of user ids. */
  slackDigestAdmins?: string;
  now: () => Date;
  /** The digest a subscription would get next; for preview. */
  buildDigest: (sub: Subscription, since: string) => Promise<Reply>;
  /** Called after a subscription changed, so the scheduler can add a cron task for a new time. */
  onChange?: () => void | Promise<void>;
  newId?: () => string;
}

const CHANGING: ReadonlySet<DigestAction> = new Set(['subscribe', 'unsubscribe', 'pause', 'resume']);

/**
 * Creates the handler the briefing context exposes as `subscriptions`.
 * @example createSubscriptionService({ store, defaultTime: '07:30', defaultTimezone: 'UTC', now, buildDigest })
 */
export function createSubscriptionService(deps: SubscriptionServiceDeps): DigestSubscriptions {
  const admins = new Set(
    (deps.slackDigestAdmins ?? '')
      .split(/[\s,]+/)
      .map((id) => id.trim().toUpperCase())
      .filter(Boolean),
  );
  const newId = deps.newId ?? randomUUID;
  // Validate configuration once, so a bad default is a start-up problem, not a chat one.
  const defaultTime = parseTime(deps.defaultTime);
  const defaultTimezone = parseTimeZone(deps.defaultTimezone);

  const mayChange = (input: CommandInput): boolean => {
    if (input.platform === 'console') return true;
    if (input.user.canManageChannel === true) return true;
    return input.platform === 'slack' && admins.has(input.user.id.toUpperCase());
  };

  const current = async (input: CommandInput): Promise<Subscription> => {
    const sub = await deps.store.getSubscription(input.platform, input.channel.id);
    if (!sub) {
      throw new UserError('This channel has no digest subscription. Start one with /digest subscribe [TIME] [TIMEZONE] [FILTER].', 'not_subscribed');
    }
    return sub;
  };

  const changed = async () => {
    await deps.onChange?.();
  };

  const actions: Record<DigestAction, (input: CommandInput) => Promise<Reply>> = {
    async subscribe(input) {
      const wanted = subscribeArguments(input.args);
      const existing = await deps.store.getSubscription(input.platform, input.channel.id);
      const now = deps.now().toISOString();
      const sub: Subscription = {
        id: existing?.id ?? newId(),
        platform: input.platform,
        channelId: input.channel.id,
        time: wanted.time ?? existing?.time ?? defaultTime,
        timezone: wanted.timezone ?? existing?.timezone ?? defaultTimezone,
        filter: wanted.filter ?? null,
        status: 'active',
        pausedReason: null,
        createdBy: existing?.createdBy ?? input.user.id,
        // A changed time starts counting from now, so no slot before the change is caught up.
        createdAt: now,
        lastDeliveredAt: existing?.lastDeliveredAt ?? null,
        workspaceId: input.channel.workspaceId ?? existing?.workspaceId ?? null,
      };
      await deps.store.putSubscription(sub);
      await changed();
      return buildReply({
        title: existing ? 'Digest subscription updated' : 'Digest subscription started',
        description: `${describe(sub)} Next one: ${formatInstant(nextSlot(sub, deps.now()), sub.timezone)}.`,
        tone: 'info',
      });
    },
    async list(input) {
      const sub = await deps.store.getSubscription(input.platform, input.channel.id);
      if (!sub) {
        return buildReply({
          title: 'No digest subscription in this channel',
          description: 'Start one with /digest subscribe [TIME] [TIMEZONE] [FILTER], e.g. /digest subscribe 07:30 Europe/London.',
          ephemeral: true,
          tone: 'notice',
        });
      }
      const fields = [
        { name: 'Time', value: `${sub.time} ${sub.timezone}`, inline: true },
        { name: 'Filter', value: sub.filter ?? 'everything', inline: true },
        { name: 'Status', value: sub.status === 'paused' ? `paused: ${sub.pausedReason ?? 'by a user'}` : 'active', inline: true },
        {
          name: 'Last digest',
          value: sub.lastDeliveredAt ? formatInstant(new Date(sub.lastDeliveredAt), sub.timezone) : 'none yet',
          inline: true,
        },
      ];
      if (sub.status === 'active') fields.push({ name: 'Next digest', value: formatInstant(nextSlot(sub, deps.now()), sub.timezone), inline: true });
      return buildReply({ title: 'Digest subscription for this channel', fields, ephemeral: true, tone: sub.status === 'paused' ? 'notice' : 'info' });
    },
    async unsubscribe(input) {
      const sub = await current(input);
      await deps.store.deleteSubscription(sub.id);
      await changed();
      return buildReply({ title: 'Digest subscription ended', description: 'This channel will get no more scheduled digests.', tone: 'info' });
    },
    async pause(input) {
      const sub = await current(input);
      await deps.store.putSubscription({ ...sub, status: 'paused', pausedReason: `paused by ${input.user.name || input.user.id}` });
      await changed();
      return buildReply({ title: 'Digest paused', description: 'Resume it with /digest resume.', tone: 'info' });
    },
    async resume(input) {
      const sub = await current(input);
      // Counting restarts now: slots missed while paused are not caught up.
      const resumed: Subscription = { ...sub, status: 'active', pausedReason: null, createdAt: deps.now().toISOString() };
      await deps.store.putSubscription(resumed);
      await changed();
      return buildReply({
        title: 'Digest resumed',
        description: `${describe(resumed)} Next one: ${formatInstant(nextSlot(resumed, deps.now()), resumed.timezone)}.`,
        tone: 'info',
      });
    },
    async preview(input) {
      const sub = await current(input);
      return deps.buildDigest(sub, sinceFor(sub, deps.now()));
    },
  };

  return {
    async handle(action, input) {
      if (CHANGING.has(action) && !mayChange(input)) {
        const who =
          input.platform === 'slack' ? 'a workspace admin or a digest admin named in SLACK_DIGEST_ADMINS' : 'someone with the Manage Channels permission';
        throw new UserError(`Only ${who} can change this channel's digest. /digest list and /digest preview work for everyone.`, 'not_allowed');
      }
      return actions[action](input);
    },
  };
}

/** Where a digest starts: the last one, or a day before the slot for a first digest. */
export function sinceFor(sub: Subscription, slot: Date): string {
  return sub.lastDeliveredAt ?? new Date(slot.getTime() - 24 * 3_600_000).toISOString();
}

function nextSlot(sub: Subscription, now: Date): Date {
  const latest = latestSlotAtOrBefore(sub, now);
  return slotsBetween(sub, latest, new Date(latest.getTime() + 49 * 3_600_000))[0] ?? latest;
}

function describe(sub: Subscription): string {
  const about = sub.filter ? ` about "${sub.filter}"` : '';
  return `A digest${about} every day at ${sub.time} ${sub.timezone} in this channel.`;
}

/** An instant as people in the zone read it, e.g. "Mar 29, 2026, 07:30 (Europe/London)". */
export function formatInstant(instant: Date, timezone: string): string {
  return `${DateTime.fromJSDate(instant, { zone: timezone }).toFormat('LLL d, yyyy, HH:mm')} (${timezone})`;
}
