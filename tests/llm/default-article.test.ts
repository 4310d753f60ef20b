import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { expectNoLiveMention, llmFor } from './fixtures.js';

const article = parseArticle(readFileSync('data/articles/putin-north-korea.txt', 'utf8'), { source: 'data/articles/putin-north-korea.txt' });
const ushakovParagraph = article.paragraphs.findIndex((p) => p.includes('Yuri Ushakov'));

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('the LLM on the default article, parsed by the real parser', () => {
  it('answers /ask about Ushakov with cited lines and his verified quote, dropping an invented one', async () => {
    server.script({
      content: {
        answerable: true,
        lines: [
          {
            text: "Putin's foreign policy adviser Yuri Ushakov said Russia and North Korea may sign a partnership agreement that would include security issues.",
            citations: [{ articleId: article.id, paragraph: ushakovParagraph }],
            quote: null,
            speaker: null,
          },
          {
            text: 'He said the deal would not be directed against any other country.',
            citations: [{ articleId: article.id, paragraph: ushakovParagraph + 1 }],
            quote: 'outline prospects for further cooperation',
            speaker: 'Ushakov',
          },
          {
            text: 'Ushakov said the pact would be signed in Vladivostok.',
            citations: [{ articleId: article.id, paragraph: ushakovParagraph }],
            quote: 'a new era of friendship',
            speaker: 'Ushakov',
          },
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).ask('What did Ushakov say about the agreement?', [article]);

    expect(reply.sections[0]!.lines.map((l) => l.citation?.paragraph)).toEqual([ushakovParagraph, ushakovParagraph + 1]);
    expect(reply.quotes).toEqual([
      expect.objectContaining({ text: 'outline prospects for further cooperation', speaker: 'Yuri Ushakov', speakerRole: "Putin's foreign policy adviser" }),
    ]);
    expect(reply.citations).toEqual([expect.objectContaining({ headline: article.headline, agency: 'Reuters', publishedAt: '2024-06-18' })]);
    expect(JSON.stringify(reply)).not.toMatch(/Vladivostok|new era of friendship/);
    expectNoLiveMention(JSON.stringify(reply));
    const user = server.requests[0]!.body.messages[1]!.content;
    expect(user).toContain(`[${ushakovParagraph}] ${article.paragraphs[ushakovParagraph]}`);
  });

  it('proposes only claims found in the article text', async () => {
    const denial = article.paragraphs.findIndex((p) => p.startsWith('Moscow and Pyongyang have denied'));
    server.script({
      content: {
        claims: [
          { paragraph: denial, sourceText: 'Moscow and Pyongyang', text: 'have vowed to boost military ties', kind: 'promise', cue: 'vowed' },
          { paragraph: denial, sourceText: 'Moscow and Pyongyang', text: 'have agreed to a ceasefire', kind: 'promise', cue: 'agreed' },
        ],
        roles: [],
      },
    });
    const outcome = await llmFor(server.baseUrl).proposeClaimsAndRoles(article);
    expect(outcome.ok && outcome.value.claims.map((c) => c.text)).toEqual(['have vowed to boost military ties']);
    expect(outcome.ok && outcome.value.dropped).toBe(1);
  });
});
