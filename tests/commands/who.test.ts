import { describe, expect, it } from 'vitest';
import { everything, input, serviceOver } from '../briefing/helpers.js';

describe('/who on the default article', () => {
  const { service } = serviceOver();

  it("shows Yuri Ushakov as Putin's foreign policy adviser with what he said, cited to the Reuters article of June 18, 2024", async () => {
    const reply = await service.handle(input('who', { name: 'Ushakov' }));
    const text = everything(reply);
    expect(reply.title).toBe('Yuri Ushakov');
    expect(reply.tone).toBe('info');
    expect(text).toContain("Putin's foreign policy adviser");
    expect(text).toMatch(/Russia and North Korea may sign a partnership agreement .*would include security issues/);
    expect(text).toContain('would not be directed against any other country');
    expect(text).toContain('outline prospects for further cooperation');
    // Words Interfax relayed are his statement, said so, not a passage that merely names him.
    expect(text).toMatch(/Said \(via Interfax\): The visit will include one-on-one discussions/);
    expect(text).not.toMatch(/Interfax news agency quoted Ushakov/);
    expect(text).toContain('Putin vows to support North Korea against the United States — Reuters, June 18, 2024');
    expect(reply.citations).toEqual([
      expect.objectContaining({ headline: 'Putin vows to support North Korea against the United States', agency: 'Reuters', publishedAt: '2024-06-18' }),
    ]);
  });

  it('cites an article paragraph on every line it shows', async () => {
    const reply = await service.handle(input('who', { name: 'Ushakov' }));
    const lines = reply.sections.flatMap((s) => s.lines);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line.citation?.articleId).toBe(reply.citations[0]!.articleId);
      const paragraphs = line.citation!.paragraph;
      expect(paragraphs).toBeGreaterThanOrEqual(-1);
    }
  });

  it('finds the same actor by full name, by lower case, with accents and with a small typo', async () => {
    for (const name of ['Yuri Ushakov', 'yuri ushakov', 'Ushakóv', 'Ushakof', 'President Ushakov']) {
      const reply = await service.handle(input('who', { name }));
      expect(reply.title, name).toBe('Yuri Ushakov');
    }
  });

  it('offers Kim Jong Un and Kim Il Sung to choose from for "Kim"', async () => {
    const reply = await service.handle(input('who', { name: 'Kim' }));
    expect(reply.tone).toBe('notice');
    expect(reply.choices.map((c) => c.label)).toEqual(expect.arrayContaining(['Kim Jong Un', 'Kim Il Sung']));
    expect(reply.choices).toContainEqual(expect.objectContaining({ command: 'who', args: { name: 'Kim Jong Un' } }));
  });

  it('answers a pick from the choice list with that actor', async () => {
    const reply = await service.handle(input('who', { name: 'Kim Il Sung' }));
    expect(reply.title).toBe('Kim Il Sung');
  });

  it('suggests close names when nothing matches, closest first', async () => {
    const reply = await service.handle(input('who', { name: 'Ushakovsky-Lavrentiev' }));
    expect(reply.title).toMatch(/^No actor matches/);
    expect(reply.choices[0]?.label).toBe('Yuri Ushakov');
  });

  it('says there is no close match instead of offering the same well-known names whatever was typed', async () => {
    const nothing = await service.handle(input('who', { name: 'Qqqqqq' }));
    expect(nothing.choices).toEqual([]);
    expect(nothing.description).toMatch(/^No close match among the names in the articles/);
    const quote = await service.handle(input('quote', { query: "It's about me" }));
    expect(quote.choices).toEqual([]);
    expect(quote.description).toMatch(/No close match/);
  });

  it('asks which actor, with the most mentioned ones, when no name is given', async () => {
    const reply = await service.handle(input('who', {}));
    expect(reply.title).toBe('Which actor?');
    expect(reply.choices.map((c) => c.label)).toContain('Vladimir Putin');
  });
});
