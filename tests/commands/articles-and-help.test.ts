import { describe, expect, it } from 'vitest';
import { defaultArticleFixture } from '../briefing/fixtures/default-article.js';
import { input, serviceOver } from '../briefing/helpers.js';

describe('/articles and /help', () => {
  it('lists loaded articles newest first', async () => {
    const older = { ...defaultArticleFixture(), id: 'older', headline: 'An older story', publishedAt: '2024-01-02' };
    const newer = { ...defaultArticleFixture(), id: 'newer', headline: 'A newer story', publishedAt: '2024-07-01' };
    const { service } = serviceOver([older, newer]);
    const reply = await service.handle(input('articles'));
    expect(reply.sections[0]!.lines.map((l) => l.text.split(' — ')[0])).toEqual(['A newer story', 'An older story']);
  });

  it('marks an article with no publication date as undated, with no timeline', async () => {
    const undated = { ...defaultArticleFixture(), id: 'undated', headline: 'A story with no date', publishedAt: null, events: [] };
    const dated = { ...defaultArticleFixture(), id: 'dated', headline: 'A dated story', publishedAt: '2024-07-01' };
    const { service } = serviceOver([undated, dated]);
    const lines = (await service.handle(input('articles'))).sections[0]!.lines.map((l) => l.text);
    expect(lines.find((l) => l.startsWith('A story with no date'))).toContain('undated, no timeline');
    expect(lines.find((l) => l.startsWith('A dated story'))).not.toContain('undated');
  });

  it('lists every command with its usage', async () => {
    const { service } = serviceOver();
    const reply = await service.handle(input('help'));
    const lines = reply.sections[0]!.lines.map((l) => l.text);
    for (const usage of ['/who NAME', '/quote', '/claims', '/timeline', '/digest', '/articles', '/help']) {
      expect(lines.some((l) => l.startsWith(usage))).toBe(true);
    }
    expect(reply.ephemeral).toBe(true);
  });
});
