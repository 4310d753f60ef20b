import { describe, expect, it } from 'vitest';
import { UserError, type Command } from '../../src/briefing/command.js';
import type { BriefingContext } from '../../src/briefing/context.js';
import { corpusOver } from '../support/corpus-over.js';
import { createBriefingService } from '../../src/briefing/create-briefing-service.js';
import { buildReply } from '../../src/briefing/reply-builder.js';
import { defaultArticleFixture } from './fixtures/default-article.js';
import { input, recordingLogger } from './helpers.js';

const failing: Command<BriefingContext> = {
  name: 'explode',
  description: 'fails on purpose',
  usage: '/explode',
  options: [{ name: 'what', description: 'x', type: 'string', required: false }],
  handler: (given) => {
    if (given.args.what === 'user') throw new UserError('You asked for a user error.');
    throw new Error('database on fire at /secret/path.ts:12');
  },
};

const echoing: Command<BriefingContext> = {
  name: 'echo-context',
  description: 'shows what the handler receives',
  usage: '/echo-context',
  options: [{ name: 'text', description: 'x', type: 'string', required: false }],
  handler: async (given, ctx) => buildReply({ title: `${ctx.now().toISOString()} ${(await ctx.corpus.counts()).articles} ${JSON.stringify(given.args)}` }),
};

describe('the briefing service', () => {
  const recording = recordingLogger();
  const service = createBriefingService({
    corpus: corpusOver([defaultArticleFixture()]).corpus,
    logger: recording.logger,
    now: () => new Date('2030-01-02T03:04:05Z'),
    extraCommands: [failing, echoing],
  });

  it('shows a UserError to the user as an ephemeral error', async () => {
    const reply = await service.handle(input('explode', { what: 'user' }));
    expect(reply).toMatchObject({ title: 'You asked for a user error.', tone: 'error', ephemeral: true });
  });

  it('logs any other failure with command and arguments and answers with a short generic message', async () => {
    const reply = await service.handle(input('explode', { what: 'boom' }));
    expect(reply.tone).toBe('error');
    expect(reply.fallback).not.toContain('database on fire');
    expect(reply.fallback).not.toContain('.ts');
    const logged = recording.lines.find((l) => l.msg === 'command failed')!;
    expect(logged).toMatchObject({ command: 'explode', args: { what: 'boom' } });
    expect(JSON.stringify(logged.err)).toContain('database on fire');
  });

  it('passes the clock, the corpus and cleaned arguments to handlers, dropping unknown ones', async () => {
    const reply = await service.handle(input('echo-context', { text: ' a\u0000b ', junk: 'x' }));
    expect(reply.title).toBe('2030-01-02T03:04:05.000Z 1 {"text":"a b"}');
  });

  it('accepts the command name with a slash and in capitals', async () => {
    const reply = await service.handle(input('/WHO', { name: 'Ushakov' }));
    expect(reply.title).toBe('Yuri Ushakov');
  });

  it('lists built-in commands first and extra commands after them', () => {
    expect(service.commands.map((c) => c.name)).toEqual([
      'who',
      'quote',
      'claims',
      'timeline',
      'briefing',
      'digest',
      'ask',
      'articles',
      'help',
      'explode',
      'echo-context',
    ]);
  });

  it('completes actor names from a prefix, at most 25', async () => {
    expect((await service.completeActor('ush', 25)).map((c) => c.name)).toEqual(['Yuri Ushakov']);
    expect((await service.completeActor('kim j', 25)).map((c) => c.name)).toEqual(['Kim Jong Un']);
    expect((await service.completeActor('Kim', 25)).map((c) => c.name).sort()).toEqual(['Kim Il Sung', 'Kim Jong Un']);
    expect(await service.completeActor('', 3)).toHaveLength(3);
    expect((await service.completeActor('', 500)).length).toBeLessThanOrEqual(25);
    expect((await service.completeActor('<@123>', 25)).length).toBeGreaterThan(0);
  });
});
