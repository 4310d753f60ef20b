import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { defaultArticleFixture } from '../briefing/fixtures/default-article.js';
import { everything, input, parseDefaultArticle, serviceOver } from '../briefing/helpers.js';

describe('/claims on the default article', () => {
  const { service } = serviceOver();

  it('shows the U.S. accusation of missiles and munitions beside the denial of arms transfers as disputed', async () => {
    const reply = await service.handle(input('claims'));
    const disputed = reply.sections.filter((s) => s.title.startsWith('Disputed'));
    expect(disputed).toHaveLength(1);
    const [accusation, ...denials] = disputed[0]!.lines;
    expect(accusation!.text).toMatch(/missiles.*munitions/);
    expect(accusation!.text).toMatch(/^United States/);
    expect(denials.map((d) => d.text).join(' ')).toContain('arms transfers');
    expect(disputed[0]!.title).toMatch(/Russia|Moscow/);
  });

  it('groups the other claims by who made them, each citing its paragraph', async () => {
    const reply = await service.handle(input('claims'));
    const titles = reply.sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Vladimir Putin', 'Yuri Ushakov', 'Victor Cha']));
    for (const line of reply.sections.flatMap((s) => s.lines)) expect(line.citation).toBeDefined();
  });

  it('keeps the dispute when asked about one side of it', async () => {
    const reply = await service.handle(input('claims', { about: 'North Korea' }));
    expect(reply.title).toBe('Claims: North Korea');
    expect(reply.sections.some((s) => s.title.startsWith('Disputed'))).toBe(true);
  });

  it('finds claims by topic words', async () => {
    const reply = await service.handle(input('claims', { about: 'sanctions' }));
    expect(everything(reply)).toContain('more sanctions will not help');
  });

  it('pairs the dispute across two articles when accusation and denial were reported apart', async () => {
    const base = defaultArticleFixture();
    const accusing = { ...base, id: 'accusing', claims: base.claims.filter((c) => c.kind !== 'denial') };
    const denying = {
      ...base,
      id: 'denying',
      headline: 'Moscow rejects claims',
      publishedAt: '2024-06-19',
      claims: base.claims.filter((c) => c.kind === 'denial'),
    };
    const { service: both } = serviceOver([accusing, denying]);
    const reply = await both.handle(input('claims'));
    const disputed = reply.sections.find((s) => s.title.startsWith('Disputed'));
    expect(disputed?.lines.map((l) => l.citation?.articleId)).toEqual(['accusing', 'denying']);
  });

  it('says so when a topic has no claims', async () => {
    const reply = await service.handle(input('claims', { about: 'zebra crossing' }));
    expect(reply.tone).toBe('notice');
    expect(reply.title).toMatch(/Nothing in the articles matches "zebra crossing"/);
  });
});

describe('/claims with language-model suggestions stored at ingest', () => {
  const article = parseDefaultArticle();
  const ushakov = article.actors.find((a) => a.name === 'Yuri Ushakov')!;
  const paragraph = article.paragraphs.findIndex((p) => p.includes('gala concert'));
  article.suggestions = {
    model: 'test-model',
    claims: [
      {
        sourceId: ushakov.id,
        sourceText: 'Ushakov',
        text: 'the visit will include a gala concert',
        kind: 'statement',
        cue: 'said',
        paragraph,
        coSourceIds: [],
      },
    ],
    roles: [],
  };
  const { service } = serviceOver([article]);

  it('shows them apart from the parsed claims, marked as suggestions with their model, citing the paragraph', async () => {
    const reply = await service.handle(input('claims', { about: 'Ushakov' }));
    const suggested = reply.sections.find((s) => s.title.startsWith('Suggested by a language model'))!;
    expect(suggested.title).toContain('test-model');
    expect(suggested.lines[0]!.text).toContain('gala concert');
    expect(suggested.lines[0]!.citation).toMatchObject({ paragraph });
    expect(
      reply.sections
        .filter((s) => s !== suggested)
        .flatMap((s) => s.lines)
        .some((l) => l.text.includes('the visit will include a gala concert')),
    ).toBe(false);
  });

  it("leaves them out of another actor's claims", async () => {
    const reply = await service.handle(input('claims', { about: 'Victor Cha' }));
    expect(reply.sections.some((s) => s.title.startsWith('Suggested'))).toBe(false);
  });
});

describe('/claims when there are more claims than it lists', () => {
  it('says how many of the claims it found it shows', async () => {
    const base = defaultArticleFixture();
    // Nine sources of three claims each: more sources and more claims than one reply lists.
    const claims = Array.from({ length: 27 }, (_, k) => ({
      ...base.claims[0]!,
      sourceId: base.actors[k % 9]!.id,
      sourceText: base.actors[k % 9]!.name,
      kind: 'statement' as const,
      text: `the harbour will reopen in stage ${k + 1} of the plan`,
    }));
    const { service } = serviceOver([{ ...base, claims }]);
    const reply = await service.handle(input('claims'));
    const listed = reply.sections.reduce((n, s) => n + s.lines.length, 0);
    expect(listed).toBeLessThan(27);
    // The total counts every claim; the range says exactly which of them this page lists.
    expect(reply.description).toBe(`27 claims from 9 sources in 1 article. Showing 1–${listed} of 27.`);
  });

  it('states the plain total when everything is listed', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('claims', { about: 'Victor Cha' }));
    expect(reply.description).toMatch(/^\d+ claims? from 1 source in 1 article\.$/);
  });
});

describe('/claims on claims worded with their own verb', () => {
  const text = [
    'Council hid flood warning, paper says',
    '',
    'RIVERTON, March 3 (Harbor Wire) - The Daily Ledger reports that the town council hid the flood warning from residents for two days.',
    '',
    'Mayor Tomas Grell suggests that the warning arrived too late to act on.',
    '',
    'Councillor Ida Marsh thinks the council should publish every warning at once.',
  ].join('\n');
  const { service } = serviceOver([parseArticle(text, { source: 'flood.txt' })]);

  it('shows the verb once, in the past, never after a "said" of its own', async () => {
    const lines = (await service.handle(input('claims'))).sections.flatMap((s) => s.lines.map((l) => l.text));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Reported that the town council hid the flood warning/),
        expect.stringMatching(/^Suggested that the warning arrived too late/),
        expect.stringMatching(/^Thought the council should publish every warning/),
      ]),
    );
    expect(lines.join(' ')).not.toMatch(/(?:said|assessed): (?:reported|suggested|thought)/i);
  });
});
