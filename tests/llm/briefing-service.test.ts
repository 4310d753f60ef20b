import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/briefing/command.js';
import { createBriefingService } from '../../src/briefing/create-briefing-service.js';
import { corpusOver } from '../support/corpus-over.js';
import { silentLogger } from '../../src/logging.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { harvest, llmFor, summit } from './fixtures.js';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function input(command: string, args: Record<string, string> = {}): CommandInput {
  return { command, args, user: { id: 'U1', name: 'ana' }, channel: { id: 'C1' }, platform: 'console' };
}

function service(withLlm: boolean) {
  return createBriefingService({
    corpus: corpusOver([summit, harvest]).corpus,
    logger: silentLogger(),
    now: () => new Date('2024-06-18T10:00:00Z'),
    llm: withLlm ? llmFor(server.baseUrl) : null,
  });
}

describe('the briefing service with the LLM plugged in', () => {
  it('puts a cited LLM summary at the top of /digest', async () => {
    server.script({
      content: { sentences: [{ text: 'The Kremlin said Putin will visit North Korea on Tuesday.', citations: [{ articleId: 'art-summit', paragraph: 0 }] }] },
    });
    const reply = await service(true).handle(input('digest'));

    expect(reply.sections[0]!.title).toMatch(/language model/);
    expect(reply.sections[0]!.lines[0]!.citation).toMatchObject({ articleId: 'art-summit', paragraph: 0 });
    expect(reply.sections.length).toBeGreaterThan(1);
    expect(reply.fallback).toContain('The Kremlin said Putin will visit North Korea on Tuesday.');
  });

  it('answers /digest rule-based with a note when the model fails', async () => {
    server.script({ status: 500 }, { status: 500 }, { status: 500 });
    const withFailure = await service(true).handle(input('digest'));
    const without = await service(false).handle(input('digest'));

    expect(withFailure.sections).toEqual(without.sections);
    expect(withFailure.fields.at(-1)).toEqual({ name: 'Note', value: 'LLM summary unavailable: the model server failed (HTTP 500)' });
  });

  it('lists /ask in /help and explains how to enable it when no model is configured', async () => {
    const svc = service(false);
    expect(svc.commands.map((c) => c.name)).toContain('ask');
    const reply = await svc.handle(input('ask', { question: 'What happened?' }));
    expect(reply.title).toBe('/ask is not configured');
    const help = await svc.handle(input('help'));
    expect(help.fallback).toContain('/ask QUESTION');
  });

  it('answers an oversized /ask question with a user error', async () => {
    const reply = await service(true).handle(input('ask', { question: 'why '.repeat(3000) }));
    expect(reply.tone).toBe('error');
    expect(reply.title).toMatch(/too long/);
    expect(server.requests).toHaveLength(0);
  });
});
