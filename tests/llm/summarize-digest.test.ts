import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { harvest, llmFor, ruleBasedDigest, summit } from './fixtures.js';
import { harbour } from './invented-article.js';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('the LLM digest summary', () => {
  it('adds a cited abstractive summary above the rule-based digest', async () => {
    server.script({
      content: {
        sentences: [
          {
            text: 'Vladimir Putin will visit North Korea, where the two countries may sign a partnership agreement.',
            citations: [
              { articleId: 'art-summit', paragraph: 0 },
              { articleId: 'art-summit', paragraph: 1 },
            ],
          },
          { text: 'The wheat harvest is expected to fall by a tenth after a dry spring.', citations: [{ articleId: 'art-harvest', paragraph: 0 }] },
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).summarizeDigest([summit, harvest], ruleBasedDigest());

    const summary = reply.sections[0]!;
    expect(summary.title).toMatch(/language model/);
    expect(summary.lines.map((l) => l.text)).toEqual([
      'Vladimir Putin will visit North Korea, where the two countries may sign a partnership agreement.',
      'The wheat harvest is expected to fall by a tenth after a dry spring.',
    ]);
    expect(summary.lines[0]!.citation).toMatchObject({ articleId: 'art-summit', paragraph: 0, headline: summit.headline });
    expect(summary.lines[1]!.citation).toMatchObject({ articleId: 'art-harvest', paragraph: 0 });
    expect(reply.sections.slice(1)).toEqual(ruleBasedDigest().sections);
    expect(reply.citations.map((c) => c.articleId)).toEqual(['art-summit', 'art-harvest']);
    expect(reply.fallback).toContain('The wheat harvest is expected to fall');
    expect(reply.fallback.startsWith('Briefing\n')).toBe(true);
  });

  it('sends a strict json_schema request with the articles fenced and paragraphs numbered', async () => {
    server.script({ content: { sentences: [] } });
    await llmFor(server.baseUrl).summarizeDigest([summit], ruleBasedDigest());

    const body = server.requests[0]!.body;
    expect(body.model).toBe('test-model');
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.response_format?.json_schema?.strict).toBe(true);
    const user = body.messages.find((m) => m.role === 'user')!.content;
    expect(user).toContain('<article id="art-summit">');
    expect(user).toContain(`[1] ${summit.paragraphs[1]}`);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer test-key');
  });

  it('drops a sentence citing a paragraph that does not exist and one with an invented quote', async () => {
    server.script({
      content: {
        sentences: [
          { text: 'The Kremlin said Putin will visit North Korea on Tuesday.', citations: [{ articleId: 'art-summit', paragraph: 0 }] },
          { text: 'Putin promised to stay for a month.', citations: [{ articleId: 'art-summit', paragraph: 42 }] },
          { text: 'Ushakov said the pact would "change the world order".', citations: [{ articleId: 'art-summit', paragraph: 2 }] },
          { text: 'The pact was drafted in Geneva.', citations: [{ articleId: 'art-summit', paragraph: 1 }] },
          { text: 'The summit was cited from nowhere.', citations: [{ articleId: 'art-unknown', paragraph: 0 }] },
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).summarizeDigest([summit], ruleBasedDigest());

    expect(reply.sections[0]!.lines.map((l) => l.text)).toEqual(['The Kremlin said Putin will visit North Korea on Tuesday.']);
    expect(JSON.stringify(reply)).not.toContain('change the world order');
    expect(JSON.stringify(reply)).not.toContain('Geneva');
  });

  it("drops a sentence that puts words in a source's mouth, keeps a faithful paraphrase, and notes what it left out", async () => {
    server.script({
      content: {
        sentences: [
          { text: 'Veldt said the repairs would cost less than expected.', citations: [{ articleId: 'art-harbour', paragraph: 1 }] },
          { text: 'Veldt said the council ended the talks with the ferry operators.', citations: [{ articleId: 'art-harbour', paragraph: 1 }] },
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).summarizeDigest([harbour], ruleBasedDigest());

    expect(reply.sections[0]!.lines.map((l) => l.text)).toEqual(['Veldt said the repairs would cost less than expected.']);
    expect(reply.fields.at(-1)).toEqual({
      name: 'Note',
      value: 'LLM summary: Left out: 1 sentence that attributed words or a position to someone the cited paragraphs do not show them taking.',
    });
    expect(reply.fallback).toContain('Left out: 1 sentence');
    expect(JSON.stringify(reply)).not.toContain('ended the talks');
  });

  it('keeps the rule-based digest with a note when no sentence survives the checks', async () => {
    server.script({ content: { sentences: [{ text: 'Aliens landed.', citations: [{ articleId: 'art-summit', paragraph: 9 }] }] } });
    const reply = await llmFor(server.baseUrl).summarizeDigest([summit], ruleBasedDigest());

    expect(reply.sections).toEqual(ruleBasedDigest().sections);
    expect(reply.fields.at(-1)).toEqual({ name: 'Note', value: expect.stringMatching(/^LLM summary unavailable: /) });
  });

  it('returns the rule-based digest unchanged when there are no articles', async () => {
    const reply = await llmFor(server.baseUrl).summarizeDigest([], ruleBasedDigest());
    expect(reply).toEqual(ruleBasedDigest());
    expect(server.requests).toHaveLength(0);
  });
});
