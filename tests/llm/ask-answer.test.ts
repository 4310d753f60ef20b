import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { harvest, llmFor, summit } from './fixtures.js';
import { harbour } from './invented-article.js';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('an /ask answer from the LLM', () => {
  it('answers with lines citing article and paragraph and a verified quote with its speaker', async () => {
    server.script({
      content: {
        answerable: true,
        lines: [
          {
            text: 'Ushakov said the two countries may sign a partnership agreement that would include security issues.',
            citations: [{ articleId: 'art-summit', paragraph: 1 }],
            quote: null,
            speaker: null,
          },
          {
            text: 'He said the visit would outline prospects for further cooperation.',
            citations: [{ articleId: 'art-summit', paragraph: 2 }],
            quote: '“outline prospects for further cooperation.”',
            speaker: 'Ushakov',
          },
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).ask('What agreement may be signed during the visit?', [harvest, summit]);

    expect(reply.tone).toBe('info');
    expect(reply.sections[0]!.lines).toHaveLength(2);
    expect(reply.sections[0]!.lines[0]!.citation).toMatchObject({ articleId: 'art-summit', paragraph: 1, agency: 'Reuters' });
    expect(reply.quotes).toEqual([
      expect.objectContaining({
        text: 'outline prospects for further cooperation',
        speaker: 'Yuri Ushakov',
        citation: expect.objectContaining({ articleId: 'art-summit', paragraph: 2 }),
      }),
    ]);
    expect(reply.citations.map((c) => c.articleId)).toEqual(['art-summit']);
    expect(reply.fallback).toContain('[1 ¶2]');
    const user = server.requests[0]!.body.messages[1]!.content;
    expect(user).toContain('<question>\nWhat agreement may be signed during the visit?\n</question>');
    expect(user).toContain('<article id="art-summit">');
  });

  it('drops an invented quote and a citation to a paragraph that does not exist', async () => {
    server.script({
      content: {
        answerable: true,
        lines: [
          {
            text: 'The Kremlin said Putin will visit North Korea on Tuesday.',
            citations: [{ articleId: 'art-summit', paragraph: 0 }],
            quote: 'we will crush our enemies',
            speaker: 'Putin',
          },
          {
            text: 'Putin will stay for three weeks.',
            citations: [{ articleId: 'art-summit', paragraph: 17 }],
            quote: null,
            speaker: null,
          },
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).ask('When will Putin visit North Korea?', [summit]);

    expect(reply.sections[0]!.lines.map((l) => l.text)).toEqual(['The Kremlin said Putin will visit North Korea on Tuesday.']);
    expect(reply.quotes).toEqual([]);
    const text = JSON.stringify(reply);
    expect(text).not.toContain('crush');
    expect(text).not.toContain('three weeks');
  });

  it('says so when the articles do not answer the question', async () => {
    server.script({ content: { answerable: false, lines: [] } });
    const reply = await llmFor(server.baseUrl).ask('Who won the football match?', [summit, harvest]);

    expect(reply.tone).toBe('notice');
    expect(reply.description).toContain('The loaded articles do not answer this question.');
    expect(reply.sections).toEqual([]);
  });

  it('shows the closest paragraphs with a note when the model sends malformed JSON', async () => {
    server.script({ rawContent: '{"answerable": true, "lines": [ {"text": "unterminated' });
    const reply = await llmFor(server.baseUrl).ask('How much will the wheat harvest fall?', [summit, harvest]);

    expect(reply.description).toContain('LLM answer unavailable: the model sent a malformed answer.');
    expect(reply.sections[0]!.lines[0]).toMatchObject({
      text: harvest.paragraphs[0],
      citation: { articleId: 'art-harvest', paragraph: 0 },
    });
  });

  it('treats JSON of the wrong shape as malformed too', async () => {
    server.script({ content: { answer: 'Tuesday' } });
    const reply = await llmFor(server.baseUrl).ask('When is the visit?', [summit]);
    expect(reply.description).toContain('LLM answer unavailable: the model sent a malformed answer.');
  });

  it('answers without calling the model when no articles are loaded', async () => {
    const reply = await llmFor(server.baseUrl).ask('Anything new?', []);
    expect(reply.title).toBe('No articles loaded');
    expect(server.requests).toHaveLength(0);
  });
});

describe('an /ask answer that says who said what', () => {
  const line = (text: string, paragraph: number, quote: string | null = null, speaker: string | null = null) => ({
    text,
    citations: [{ articleId: 'art-harbour', paragraph }],
    quote,
    speaker,
  });

  it('refuses an invented unquoted claim citing a real paragraph, keeps a faithful paraphrase of a real claim, and says what it left out', async () => {
    server.script({
      content: {
        answerable: true,
        lines: [
          line("The fishermen's union accused the council of ignoring warnings about the old bridge's safety.", 3),
          line('Veldt said the council ended the talks with the ferry operators.', 1),
          line('Veldt said the harbour bridge will reopen in May.', 0),
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).ask('Who criticised the council?', [harbour]);

    expect(reply.title).toBe('Answer from the articles');
    expect(reply.sections[0]!.lines.map((l) => l.text)).toEqual([
      "The fishermen's union accused the council of ignoring warnings about the old bridge's safety.",
    ]);
    expect(reply.description).toContain('Left out: 2 lines that attributed words or a position to someone the cited paragraphs do not show them taking.');
    expect(JSON.stringify(reply)).not.toMatch(/ended the talks|Veldt said the harbour/);
  });

  it('answers "not in the articles" when its only line puts words in someone\'s mouth, saying why', async () => {
    server.script({ content: { answerable: true, lines: [line('Veldt said the council ended the talks with the ferry operators.', 1)] } });
    const reply = await llmFor(server.baseUrl).ask('What did Veldt say about the talks?', [harbour]);

    expect(reply.title).toBe('Not in the articles');
    expect(reply.description).toContain(
      '(The model offered an answer, but it could not be checked against the articles. Left out: 1 line that attributed words or a position to someone the cited paragraphs do not show them taking.)',
    );
    expect(reply.sections).toEqual([]);
  });

  it('names the speaker of a quote only where the article does', async () => {
    server.script({
      content: {
        answerable: true,
        lines: [
          line('The work would restore full traffic by the summer.', 2, 'restore full traffic by the summer', 'city council'),
          line('The repairs would cost less than expected.', 1, 'the repairs would cost less than expected', 'city council'),
          line('No ferry routes would be cut.', 1, 'no ferry routes would be cut', 'Veldt'),
        ],
      },
    });
    const reply = await llmFor(server.baseUrl).ask('What will the repairs do?', [harbour]);

    expect(reply.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['restore full traffic by the summer', 'Mara Veldt'],
      ['the repairs would cost less than expected', null],
      ['no ferry routes would be cut', 'Mara Veldt'],
    ]);
  });
});
