import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askCommand } from '../../commands/ask.js';
import { UserError, type CommandInput } from '../../src/briefing/command.js';
import type { BriefingContext } from '../../src/briefing/context.js';
import { corpusOver } from '../support/corpus-over.js';
import { silentLogger } from '../../src/logging.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { expectNoLiveMention, harvest, llmFor, summit } from './fixtures.js';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function input(question: string | undefined): CommandInput {
  return { command: 'ask', args: { question }, user: { id: 'U1', name: 'ana' }, channel: { id: 'C1' }, platform: 'console' };
}

function context(withLlm: boolean): BriefingContext {
  return {
    corpus: corpusOver([summit, harvest]).corpus,
    now: () => new Date('2024-06-18T10:00:00Z'),
    logger: silentLogger(),
    ...(withLlm ? { llm: llmFor(server.baseUrl) } : {}),
  };
}

describe('/ask', () => {
  it('says it is not configured and how to enable it when no model is set up', async () => {
    const reply = await askCommand.handler(input('What happened?'), context(false));
    expect(reply.title).toBe('/ask is not configured');
    expect(reply.description).toContain('OPENAI_API_KEY');
    expect(reply.description).toContain('OPENAI_BASE_URL');
    expect(reply.ephemeral).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it('answers with lines citing the article and paragraph', async () => {
    server.script({
      content: {
        answerable: true,
        lines: [
          {
            text: 'The Kremlin said Putin will visit North Korea on Tuesday.',
            citations: [{ articleId: 'art-summit', paragraph: 0 }],
            quote: null,
            speaker: null,
          },
        ],
      },
    });
    const reply = await askCommand.handler(input('When will Putin visit North Korea?'), context(true));

    expect(reply.sections[0]!.lines[0]).toEqual({
      text: 'The Kremlin said Putin will visit North Korea on Tuesday.',
      citation: expect.objectContaining({ articleId: 'art-summit', paragraph: 0 }),
    });
    expect(reply.citations.map((c) => c.headline)).toEqual([summit.headline]);
    const user = server.requests[0]!.body.messages[1]!.content;
    expect(user).toContain('When will Putin visit North Korea?');
  });

  it('turns an empty or huge question into a user error, not a model call', async () => {
    await expect(Promise.resolve(askCommand.handler(input('  \u0007 '), context(true)))).rejects.toBeInstanceOf(UserError);
    await expect(Promise.resolve(askCommand.handler(input('x'.repeat(10_000)), context(true)))).rejects.toThrow(/too long/);
    expect(server.requests).toHaveLength(0);
  });

  it('never echoes a mention from the question back live', async () => {
    server.script({ content: { answerable: false, lines: [] } });
    const reply = await askCommand.handler(input('@everyone <!channel> <@U42> who won?'), context(true));
    expectNoLiveMention(JSON.stringify(reply));
  });
});
