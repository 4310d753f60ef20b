import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { UserError, type CommandInput } from '../../src/briefing/command.js';
import { parseCommandText } from '../../src/briefing/command-line.js';
import { digestCommand } from '../../commands/digest.js';
import type { DigestAction } from '../../src/briefing/context.js';
import { createStoreDigestBuilder } from '../../src/schedule/digest-content.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import type { Store } from '../../src/store/store.js';
import { sqliteKind, testClock, type StoreKind } from './harness.js';

const clock = testClock('2026-03-29T05:00:00.000Z');
const kinds: StoreKind[] = [];
const stores: Store[] = [];
let store: Store;
beforeEach(async () => {
  const kind = sqliteKind();
  kinds.push(kind);
  store = await kind.open(clock);
  stores.push(store);
});
afterAll(async () => {
  for (const s of stores) await s.close();
  for (const k of kinds) await k.cleanup();
});

const service = () =>
  createSubscriptionService({
    store,
    defaultTime: '07:30',
    defaultTimezone: 'Europe/London',
    slackDigestAdmins: 'UADMIN1, uadmin2',
    now: () => clock.now(),
    buildDigest: createStoreDigestBuilder({ store, now: () => clock.now() }),
    newId: () => 'sub-1',
  });

/** `/digest subscribe TEXT` (and the other subcommands) as typed in a channel. */
function input(platform: CommandInput['platform'], text = '', user: Partial<CommandInput['user']> = {}): CommandInput {
  const { args } = parseCommandText(digestCommand, `subscribe ${text}`);
  return { command: 'digest', args, user: { id: 'U1', name: 'ann', ...user }, channel: { id: 'C1' }, platform };
}
const run = (action: DigestAction, i: CommandInput) => service().handle(action, i);

describe('digest subscription commands', () => {
  it('subscribes with the configured default time and zone', async () => {
    const reply = await run('subscribe', input('discord', '', { canManageChannel: true }));
    expect(reply.title).toBe('Digest subscription started');
    expect(reply.description).toContain('every day at 07:30 Europe/London');
    expect(reply.description).toContain('Next one: Mar 29, 2026, 07:30 (Europe/London)');
    expect(await store.getSubscription('discord', 'C1')).toMatchObject({ time: '07:30', timezone: 'Europe/London', filter: null, status: 'active' });
  });

  it('takes time, zone and filter and keeps the same subscription when changed', async () => {
    await run('subscribe', input('discord', '', { canManageChannel: true }));
    await run('subscribe', input('discord', '7:15pm Asia/Tokyo trade talks', { canManageChannel: true }));
    const subs = await store.listSubscriptions();
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ id: 'sub-1', time: '19:15', timezone: 'Asia/Tokyo', filter: 'trade talks' });
  });

  it('refuses a Discord user without Manage Channels and changes nothing', async () => {
    await expect(run('subscribe', input('discord', '', { canManageChannel: false }))).rejects.toThrow(/Manage Channels/);
    expect(await store.listSubscriptions()).toHaveLength(0);
  });

  it('refuses a Slack user who is neither a digest admin nor a channel manager, and accepts a named admin', async () => {
    await expect(run('subscribe', input('slack', '', { id: 'U999' }))).rejects.toThrow(/SLACK_DIGEST_ADMINS/);
    await run('subscribe', input('slack', '', { id: 'uadmin1' }));
    expect(await store.getSubscription('slack', 'C1')).not.toBeNull();
  });

  it.each([['25:00'], ['7.30pm']])('answers the bad time %s with the accepted forms', async (time) => {
    const error = await run('subscribe', input('discord', time, { canManageChannel: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/Use 7:30, 07:30, 7:30am/);
  });

  it('answers an unknown zone with examples of IANA names', async () => {
    await expect(run('subscribe', input('discord', '07:30 Europe/Atlantis', { canManageChannel: true }))).rejects.toThrow(/Europe\/London/);
  });

  it('lists a paused subscription with its reason', async () => {
    await run('subscribe', input('discord', '', { canManageChannel: true }));
    const sub = (await store.getSubscription('discord', 'C1'))!;
    await store.putSubscription({ ...sub, status: 'paused', pausedReason: 'the channel was deleted or cannot be found' });
    const reply = await run('list', input('discord'));
    expect(reply.fields.find((f) => f.name === 'Status')?.value).toBe('paused: the channel was deleted or cannot be found');
  });

  it('pauses, resumes and unsubscribes for a channel manager', async () => {
    const manager = { canManageChannel: true };
    await run('subscribe', input('discord', '', manager));
    await run('pause', input('discord', '', manager));
    expect(await store.getSubscription('discord', 'C1')).toMatchObject({ status: 'paused', pausedReason: 'paused by ann' });
    await run('resume', input('discord', '', manager));
    expect(await store.getSubscription('discord', 'C1')).toMatchObject({ status: 'active', pausedReason: null });
    await run('unsubscribe', input('discord', '', manager));
    expect(await store.getSubscription('discord', 'C1')).toBeNull();
  });

  it('previews for anyone, saying nothing is new when no article arrived', async () => {
    await run('subscribe', input('discord', '', { canManageChannel: true }));
    const reply = await run('preview', input('discord'));
    expect(reply.description).toMatch(/^Nothing new since /);
  });
});
