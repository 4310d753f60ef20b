import { describe, expect, it } from 'vitest';
import { input, serviceOver } from '../briefing/helpers.js';

describe('/quote on the default article', () => {
  const { service } = serviceOver();

  it('shows the most notable quotes first: whole statements by named people, not one-word scare quotes', async () => {
    const reply = await service.handle(input('quote'));
    expect(reply.quotes.length).toBeGreaterThanOrEqual(3);
    expect(reply.quotes.map((q) => q.text)).not.toContain('Comrade');
    expect(reply.quotes[0]!.speaker).toBeTruthy();
    expect(reply.quotes[0]!.text.split(' ').length).toBeGreaterThan(10);
  });

  it('finds a quote by its words, with speaker, role, the sentence around it, article and date', async () => {
    const reply = await service.handle(input('quote', { query: 'prospects for further cooperation' }));
    const quote = reply.quotes.find((q) => q.text.includes('outline prospects for further cooperation'))!;
    expect(quote.context).toContain('would not be directed against any other country');
    expect(quote.citation).toMatchObject({ agency: 'Reuters', publishedAt: '2024-06-18' });
  });

  it('finds quotes by speaker', async () => {
    const reply = await service.handle(input('quote', { query: 'Victor Cha' }));
    expect(reply.quotes[0]).toMatchObject({ speaker: 'Victor Cha' });
    expect(reply.quotes[0]!.text).toContain('This relationship');
  });

  it('points to the reported statements when the words were said but not in quotation marks', async () => {
    const reply = await service.handle(input('quote', { query: 'partnership' }));
    expect(reply.quotes).toEqual([]);
    expect(reply.description).toMatch(/^No quotes in quotation marks .*, but 1 reported statement\.$/);
    expect(reply.choices).toEqual([expect.objectContaining({ command: 'claims', args: { about: 'partnership' } })]);
  });

  it('says plainly when the words appear nowhere', async () => {
    const reply = await service.handle(input('quote', { query: 'zebra crossing' }));
    expect(reply.title).toBe('Nothing in the articles matches "zebra crossing"');
    expect(reply.choices).toEqual([]);
  });
});
