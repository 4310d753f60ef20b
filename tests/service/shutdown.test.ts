import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/briefing/command.js';
import type { BriefingServiceWithContext } from '../../src/briefing/create-briefing-service.js';
import type { Reply } from '../../src/briefing/reply.js';
import { silentLogger } from '../../src/logging.js';
import { botShutdownSteps } from '../../src/service/bot-shutdown.js';
import { createDrainingService, RESTARTING_REPLY } from '../../src/service/draining-service.js';
import { createShutdown, type ShutdownOptions, type ShutdownStep } from '../../src/service/shutdown.js';

const shutDown = (steps: ShutdownStep[], options: ShutdownOptions) => createShutdown(options).run(steps);
import { emptyReply } from '../fixtures/reply.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const never = () => new Promise<void>(() => undefined);

describe('shutting down within a limit', () => {
  it('runs the steps in order and reports none unfinished', async () => {
    const order: string[] = [];
    const exits: number[] = [];
    const result = await shutDown(
      ['first', 'second', 'third'].map((name) => ({ name, run: async () => void order.push(name) })),
      { timeoutMs: 1_000, logger: silentLogger(), exit: (code) => void exits.push(code) },
    );
    expect(order).toEqual(['first', 'second', 'third']);
    expect(result.unfinished).toEqual([]);
    expect(exits).toEqual([]);
  });

  it('goes on past a step that overruns its budget or fails, so later steps still run', async () => {
    const ran: string[] = [];
    const result = await shutDown(
      [
        { name: 'hangs', budgetMs: 50, run: never },
        { name: 'fails', run: () => Promise.reject(new Error('socket closed')) },
        { name: 'closes the store', run: async () => void ran.push('store') },
      ],
      { timeoutMs: 5_000, logger: silentLogger(), exit: () => undefined },
    );
    expect(result.unfinished).toEqual(['hangs', 'fails']);
    expect(ran).toEqual(['store']);
  });

  it('exits with 1 when the limit passes with a step still running', async () => {
    const exits: number[] = [];
    const stopping = shutDown([{ name: 'hangs', run: never }], { timeoutMs: 100, logger: silentLogger(), exit: (code) => void exits.push(code) });
    await stopping;
    await wait(50);
    expect(exits).toEqual([1]);
  });

  it('counts the limit from the signal, so steps that start late, after a slow start-up, get only what is left', async () => {
    const exits: number[] = [];
    const shutdown = createShutdown({ timeoutMs: 300, logger: silentLogger(), exit: (code) => void exits.push(code) });
    shutdown.begin();
    await wait(200);
    const result = await shutdown.run([{ name: 'needs 200 ms', run: () => wait(200) }]);
    expect(result.unfinished).toEqual(['needs 200 ms']);
    await wait(150);
    expect(exits).toEqual([1]);
  });

  it('exits with 0 when the steps finished but something still holds the process past the limit', async () => {
    const exits: number[] = [];
    await shutDown([{ name: 'quick', run: async () => undefined }], { timeoutMs: 100, logger: silentLogger(), exit: (code) => void exits.push(code) });
    await wait(200);
    expect(exits).toEqual([0]);
  });
});

describe('a bot stopping', () => {
  it('stops taking work first, hands back digests past half the limit, then disconnects, then closes', async () => {
    const events: string[] = [];
    const bot = {
      readiness: { stopping: () => void events.push('not ready') },
      draining: { stopTaking: () => void events.push('no new commands'), idle: async () => void events.push('commands done') },
      digests: { stop: async (options: { handBackAfterMs: number }) => void events.push(`scheduler stopped, hand back after ${options.handBackAfterMs} ms`) },
      live: { stop: async () => void events.push('watch stopped') },
      platforms: [{ stop: async () => void events.push('discord disconnected') }],
      closers: [async () => void events.push('store closed')],
    };
    await shutDown(botShutdownSteps(bot, 10_000), { timeoutMs: 10_000, logger: silentLogger(), exit: () => undefined });
    expect(events).toEqual([
      'not ready',
      'no new commands',
      'scheduler stopped, hand back after 5000 ms',
      'watch stopped',
      'commands done',
      'discord disconnected',
      'store closed',
    ]);
  });
});

describe('the service while draining', () => {
  const slowService = () => {
    const answers: Array<(reply: Reply) => void> = [];
    const service = {
      commands: [],
      context: () => ({}) as ReturnType<BriefingServiceWithContext['context']>,
      completeActor: async () => [],
      handle: (_input: CommandInput) => new Promise<Reply>((resolve) => answers.push(resolve)),
    } as BriefingServiceWithContext;
    return { service, answers };
  };
  const input: CommandInput = { command: 'who', args: { name: 'Ilse Brandt' }, user: { id: 'u1', name: 'ann' }, channel: { id: 'c1' }, platform: 'discord' };

  it('answers new commands "restarting" once told to stop taking work, and waits for those under way', async () => {
    const { service, answers } = slowService();
    const draining = createDrainingService(service);
    const underWay = draining.service.handle(input);
    draining.stopTaking();
    expect(await draining.service.handle(input)).toBe(RESTARTING_REPLY);
    let idle = false;
    const done = draining.idle().then(() => (idle = true));
    await wait(20);
    expect(idle).toBe(false);
    answers[0]!(emptyReply());
    await done;
    expect((await underWay).title).toBe(emptyReply().title);
    expect(RESTARTING_REPLY).toMatchObject({ ephemeral: true, title: expect.stringMatching(/restarting/) });
  });

  it('is idle at once when nothing is under way', async () => {
    const draining = createDrainingService(slowService().service);
    draining.stopTaking();
    await expect(draining.idle()).resolves.toBeUndefined();
  });
});
