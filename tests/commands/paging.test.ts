import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../src/briefing/command.js';
import type { Reply, ReplyChoice } from '../../src/briefing/reply.js';
import { pageOf, showingNote } from '../../src/briefing/paging.js';
import { input, serviceOver } from '../briefing/helpers.js';

const { service } = serviceOver();
const follow = (more: ReplyChoice): CommandInput => ({ ...input(more.command, more.args, more.subcommand), page: more.page! });

/** Every page of a list, following `more` until there is none. */
async function allPages(first: CommandInput): Promise<Reply[]> {
  const pages = [await service.handle(first)];
  while (pages.at(-1)!.more && pages.length < 50) pages.push(await service.handle(follow(pages.at(-1)!.more!)));
  return pages;
}

describe('lists longer than one answer', () => {
  it('say which quotes they show, and /more shows the next ones until every quote was shown once', async () => {
    const pages = await allPages(input('quote'));
    const total = Number(/^(\d+) quotes?/.exec(pages[0]!.description!)![1]);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.description).toContain(`Showing 1–5 of ${total}.`);
    expect(pages[0]!.more).toMatchObject({ command: 'quote', page: 2, label: expect.stringMatching(/^\d+ more quotes$/) });
    const shown = pages.flatMap((p) => p.quotes.map((q) => q.text));
    expect(shown).toHaveLength(total);
    expect(new Set(shown).size).toBe(total);
    expect(pages.at(-1)!.more).toBeUndefined();
  });

  it('count every claim /claims speaks of among the lines its pages show', async () => {
    const pages = await allPages(input('claims'));
    const total = Number(/^(\d+) claims?/.exec(pages[0]!.description!)![1]);
    const lines = pages.flatMap((p) => p.sections.filter((s) => !s.title.startsWith('Suggested')).flatMap((s) => s.lines));
    expect(lines).toHaveLength(total);
    if (pages.length > 1) expect(pages[0]!.description).toMatch(/Showing 1–\d+ of \d+\./);
  });

  it('page any list: the items, their positions and the note', () => {
    const page = pageOf([1, 2, 3, 4, 5, 6, 7], 2, 5);
    expect(page).toEqual({ items: [6, 7], from: 6, to: 7, total: 7, page: 2 });
    expect(showingNote(page)).toBe(' Showing 6–7 of 7.');
    expect(showingNote(pageOf([1, 2], 1, 5))).toBe('');
    expect(pageOf([1, 2, 3], 9, 2).page).toBe(2);
  });
});
