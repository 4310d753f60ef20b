import { describe, expect, it } from 'vitest';
import { defaultArticleFixture } from '../briefing/fixtures/default-article.js';
import { everything, input, serviceOver } from '../briefing/helpers.js';

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
