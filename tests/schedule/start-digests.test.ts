import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/briefing/command-line.js';
import { digestCommand } from '../../commands/digest.js';
import { corpusOver } from '../support/corpus-over.js';
import { createBriefingService } from '../../src/briefing/create-briefing-service.js';
import { silentLogger } from '../../src/logging.js';
import { createDigestFeature } from '../../src/schedule/start-digests.js';
import type { Store } from '../../src/store/store.js';
import { startFakePlatform, type FakePlatform } from './fake-platform.js';
import { sqliteKind, testClock, type StoreKind } from './harness.js';

let platform: FakePlatform;
let kind: StoreKind;
let store: Store;
const clock = testClock('2026-03-10T11:00:00.000Z');
beforeAll(async () => {
  platform = await startFakePlatform();
  kind = sqliteKind();
  store = await kind.open(clock);
});
afterAll(async () => {
  await store.close();
  await kind.cleanup();
  await platform.close();
});

describe('digests wired into the briefing service', () => {
  it('answers /digest subscribe through the service and delivers the slot missed before start-up', async () => {
    const config = { DIGEST_DEFAULT_TIME: '07:30', TIMEZONE: 'America/New_York', SLACK_DIGEST_ADMINS: undefined, DIGEST_CATCHUP_HOURS: 6 };
    const digests = createDigestFeature({ config, store, logger: silentLogger(), now: () => clock.now() });
    const service = createBriefingService({ corpus: corpusOver([]).corpus, logger: silentLogger(), subscriptions: digests.subscriptions });
    const ask = (text: string, canManageChannel = true) =>
      service.handle({
        command: 'digest',
        subcommand: 'subscribe',
        args: parseCommandText(digestCommand, `subscribe ${text}`).args,
        user: { id: 'u1', name: 'ann', canManageChannel },
        channel: { id: 'wired' },
        platform: 'discord',
      });

    expect((await ask('7.30pm')).tone).toBe('error');
    expect((await ask('', false)).title).toMatch(/Manage Channels/);
    expect((await ask('')).title).toBe('Digest subscription started');

    // The bot goes down before 07:30 New York and comes back at 08:00.
    clock.set('2026-03-10T12:00:00.000Z');
    const scheduler = await digests.start([platform.sender('discord')]);
    await scheduler.stop();
    expect(platform.messages.map((m) => m.channelId)).toEqual(['wired']);
    expect(platform.messages[0]!.description).toMatch(/^Late: this digest was due Mar 10, 2026, 07:30 \(America\/New_York\)/);
  });
});
