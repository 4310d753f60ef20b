import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/article/parse-article.js';
import type { Command } from '../../../src/briefing/command.js';
import type { BriefingContext } from '../../../src/briefing/context.js';
import { corpusOver } from '../../support/corpus-over.js';
import { createBriefingService } from '../../../src/briefing/create-briefing-service.js';
import { buildReply, commandChoice } from '../../../src/briefing/reply-builder.js';
import { countCommand } from '../../fixtures/count-command.js';
import { silentLogger } from '../../../src/logging.js';
import { encodeRequestId } from '../../../src/platforms/discord/request-id.js';
import { createDigestFeature } from '../../../src/schedule/start-digests.js';
import { createSqliteStore } from '../../../src/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { startBot, type Harness } from './bot-harness.js';

const EPHEMERAL = 64;
const STORY = 'tests/fixtures/articles/wire-harbour-strike.txt';

/** A test-only command offering eight people to choose from: more than fit in one row of buttons. */
const crowdCommand: Command<BriefingContext> = {
  name: 'crowd',
  description: 'Eight people to choose from',
  usage: '/crowd',
  options: [],
  handler: () =>
    buildReply({
      title: 'Eight people match',
      tone: 'notice',
      choices: ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Rosalind Achterberg'].map((name) =>
        commandChoice(name, 'who', { name }, { description: `${name}, a person` }),
      ),
    }),
};

describe('Discord commands that feel native', () => {
  let h: Harness;
  let store: Store;

  beforeAll(async () => {
    store = createSqliteStore(':memory:');
    await store.migrate();
    const config = { DIGEST_DEFAULT_TIME: '07:30', TIMEZONE: 'UTC', SLACK_DIGEST_ADMINS: undefined, DIGEST_CATCHUP_HOURS: 6 };
    const digests = createDigestFeature({ config, store, logger: silentLogger() });
    const corpus = corpusOver([parseArticle(readFileSync(STORY, 'utf8'), { source: STORY })]).corpus;
    const service = createBriefingService({
      corpus,
      logger: silentLogger(),
      subscriptions: digests.subscriptions,
      extraCommands: [crowdCommand, countCommand],
    });
    h = await startBot(service);
  });
  afterAll(async () => {
    await h?.stop();
    await store?.close();
  });

  const registered = (name: string) => h.fake.registeredCommands!.commands.find((c) => c.name === name);

  it('registers /digest as subcommands with typed options, for members who may manage channels, in servers only', () => {
    const digest = registered('digest');
    expect(digest.options.map((o: { name: string; type: number }) => [o.name, o.type])).toEqual([
      ['subscribe', 1],
      ['list', 1],
      ['unsubscribe', 1],
      ['pause', 1],
      ['resume', 1],
      ['preview', 1],
    ]);
    const subscribe = digest.options[0].options;
    expect(subscribe).toEqual([
      expect.objectContaining({ name: 'time', type: 3, required: false }),
      expect.objectContaining({ name: 'timezone', type: 3, autocomplete: true }),
      expect.objectContaining({ name: 'filter', type: 3, autocomplete: true }),
    ]);
    expect(digest.default_member_permissions).toBe('16');
    expect(digest.contexts).toEqual([0]);
  });

  it('keeps the read-only commands open to everyone, in servers and in DMs with the bot', () => {
    for (const name of ['who', 'quote', 'briefing', 'help']) {
      expect(registered(name)).toMatchObject({ default_member_permissions: null, contexts: [0, 1], integration_types: [0] });
    }
    expect(registered('briefing').options[0]).toMatchObject({ name: 'about', autocomplete: true });
  });

  it('subscribes the channel from the typed options of /digest subscribe', async () => {
    const interaction = h.fake.sendCommand('digest', { time: '7:45pm', timezone: 'Europe/Oslo', filter: 'Achterberg' }, { subcommand: 'subscribe' });
    const [message] = await h.fake.answered(interaction);
    expect(message!.embeds[0]!.title).toBe('Digest subscription started');
    expect(await store.getSubscription('discord', h.fake.channelId)).toMatchObject({ time: '19:45', timezone: 'Europe/Oslo', filter: 'Achterberg' });
    const [list] = await h.fake.answered(h.fake.sendCommand('digest', {}, { subcommand: 'list' }));
    expect(JSON.stringify(list!.embeds)).toContain('19:45 Europe/Oslo');
  });

  it('completes time zones from the IANA list and the filter from the names in the articles', async () => {
    const zones = h.fake.sendAutocomplete('digest', 'timezone', 'oslo', { subcommand: 'subscribe' });
    await h.fake.waitFor(() => zones.choices, 'time-zone choices');
    expect(zones.choices![0]).toEqual({ name: 'Europe/Oslo', value: 'Europe/Oslo' });
    const london = h.fake.sendAutocomplete('digest', 'timezone', 'new y', { subcommand: 'subscribe' });
    await h.fake.waitFor(() => london.choices, 'time-zone choices');
    expect(london.choices!.map((c) => c.value)).toContain('America/New_York');
    const names = h.fake.sendAutocomplete('digest', 'filter', 'Achter', { subcommand: 'subscribe' });
    await h.fake.waitFor(() => names.choices, 'name choices');
    expect(names.choices!.map((c) => c.value)).toEqual(['Rosalind Achterberg']);
  });

  it('offers more choices than fit in buttons as one select menu, and a pick runs the chosen command', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('crowd'));
    const rows = message!.components;
    expect(rows).toHaveLength(1);
    const menu = rows[0]!.components[0];
    expect(menu).toMatchObject({ type: 3, custom_id: 'choose' });
    expect(menu.options).toHaveLength(8);
    expect(menu.options[7]).toMatchObject({ label: 'Rosalind Achterberg', description: 'Rosalind Achterberg, a person' });
    const pick = h.fake.pickFromMenu(message!, 'choose', [menu.options[7].value]);
    await h.fake.waitFor(() => pick.callbacks[0], 'the pick to be answered');
    expect(pick.callbacks[0]!.type).toBe(7);
    expect(message!.embeds[0]!.title).toBe('Rosalind Achterberg');
  });

  it('refuses a button that would change the subscription, even one crafted by hand', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('crowd'));
    const before = await store.getSubscription('discord', h.fake.channelId);
    const forged = encodeRequestId({ command: 'digest', subcommand: 'unsubscribe', args: {}, view: 0 })!;
    const click = h.fake.clickButton(message!, forged);
    const [answer] = await h.fake.answered(click);
    expect(answer!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer!.content).toBe('This button no longer works. Run the command again.');
    expect(await store.getSubscription('discord', h.fake.channelId)).toEqual(before);
  });

  it('refuses /digest subscribe from a member without Manage Channels', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('digest', { time: '06:00' }, { subcommand: 'subscribe', permissions: '1024' }));
    expect(message!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message!.embeds[0]!.title).toMatch(/Manage Channels/);
  });

  it('shows the next items of a list cut short with a "More" button, in the same message', async () => {
    const [message] = await h.fake.answered(h.fake.sendCommand('count'));
    expect(message!.embeds[0]!.description).toBe('12 items. Showing 1–5 of 12.');
    const more = message!.components[0]!.components.find((c: { label?: string }) => c.label === '5 more items');
    const click = h.fake.clickButton(message!, more.custom_id);
    await h.fake.waitFor(() => click.callbacks[0], 'the click to be answered');
    expect(message!.embeds[0]!.description).toBe('12 items. Showing 6–10 of 12.');
    const last = message!.components[0]!.components.find((c: { label?: string }) => c.label === '2 more items');
    expect(last).toBeDefined();
  });
});
