import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/briefing/reply.js';
import { renderReplyPages } from '../../../src/platforms/discord/render.js';
import { viewReply } from '../../../src/platforms/discord/reply-view.js';
import { messageProblems } from './fake-discord/payload-limits.js';
import { citation, longReply, reply } from './reply-factory.js';

const allText = (pages: ReturnType<typeof renderReplyPages>) => JSON.stringify(pages);

describe('rendering a reply as Discord embeds', () => {
  it('shows title, description, fields, cited section lines, quotes and the source with its date', () => {
    const pages = renderReplyPages(
      reply({
        title: 'Yuri Ushakov',
        description: "Putin's foreign policy adviser",
        fields: [{ name: 'Kind', value: 'person', inline: true }],
        sections: [{ title: 'What they claimed', lines: [{ text: 'The deal would not be directed against any other country', citation: citation(23) }] }],
        quotes: [
          {
            text: 'outline prospects for further cooperation',
            speaker: 'Yuri Ushakov',
            speakerRole: "Putin's foreign policy adviser",
            context: 'He said the deal would "outline prospects for further cooperation".',
            citation: citation(23),
          },
        ],
        citations: [citation(23)],
      }),
    );
    expect(pages).toHaveLength(1);
    const [embed] = pages[0]!;
    expect(embed!.title).toBe('Yuri Ushakov');
    expect(embed!.description).toBe("Putin's foreign policy adviser");
    const fields = Object.fromEntries(embed!.fields!.map((f) => [f.name, f.value]));
    expect(fields['Kind']).toBe('person');
    expect(fields['What they claimed']).toBe('• The deal would not be directed against any other country *(¶24)*');
    expect(fields["Yuri Ushakov, Putin's foreign policy adviser"]).toContain('“outline prospects for further cooperation” *(¶24)*');
    expect(fields['Source']).toBe('Putin vows to support North Korea against the United States — Reuters, June 18, 2024');
  });

  it('numbers sources when a reply cites several articles', () => {
    const pages = renderReplyPages(
      reply({
        sections: [
          {
            title: 'Mentions',
            lines: [
              { text: 'one', citation: citation(0, 'a1') },
              { text: 'two', citation: citation(4, 'b2', 'Second story') },
            ],
          },
        ],
        citations: [citation(0, 'a1'), citation(4, 'b2', 'Second story')],
      }),
    );
    const fields = pages[0]![0]!.fields!;
    expect(fields[0]!.value).toBe('• one *([1] ¶1)*\n• two *([2] ¶5)*');
    expect(fields.at(-1)!.value).toContain('[2] Second story — Reuters, June 18, 2024');
  });

  it('lists choices with the command that picks each', () => {
    const pages = renderReplyPages(
      reply({ tone: 'notice', choices: [{ label: 'Kim Jong Un', command: 'who', args: { name: 'Kim Jong Un' }, description: 'North Korean leader' }] }),
    );
    expect(pages[0]![0]!.fields![0]).toEqual({ name: 'Choose one', value: '• Kim Jong Un — North Korean leader · `/who Kim Jong Un`', inline: false });
  });

  it('splits a reply longer than one message into pages that each keep every limit', () => {
    const pages = renderReplyPages(longReply(80));
    expect(pages.length).toBeGreaterThan(3);
    for (const [i, embeds] of pages.entries()) {
      expect(messageProblems({ embeds })).toEqual([]);
      expect(embeds[0]!.footer!.text).toBe(`Page ${i + 1} of ${pages.length}`);
    }
    // Every line is on some page, none lost.
    for (let n = 1; n <= 80; n++) expect(allText(pages)).toContain(`Line ${n}:`);
  });

  it('escapes mentions and markdown from articles and users in every part of the embed', () => {
    const evil = '@everyone <@123> **bold** # head';
    const pages = renderReplyPages(
      reply({
        title: evil,
        description: evil,
        fields: [{ name: evil, value: evil }],
        sections: [{ title: evil, lines: [{ text: evil, citation: citation(1, 'x', evil) }] }],
        quotes: [{ text: evil, speaker: evil, speakerRole: evil, context: `${evil} said`, citation: citation(1, 'x', evil) }],
        choices: [{ label: evil, command: 'who', args: { name: evil }, description: evil }],
        citations: [citation(1, 'x', evil)],
      }),
    );
    // Code spans (the command of a choice) show text literally, so only mentions matter there.
    const text = allText(pages);
    expect(text).not.toMatch(/@everyone|<@1/);
    expect(text.replace(/`[^`]*`/g, '')).not.toMatch(/(^|[^\\])\*\*bold/);
  });

  it('keeps every limit and loses no line for any reply, however long or strange', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '*', '@', '<', '#', '\\', 'é', '😀'), maxLength: 1500 });
    const arbitraryReply: fc.Arbitrary<Reply> = fc.record({
      title: text,
      description: fc.option(fc.string({ maxLength: 5000 }), { nil: undefined }),
      fields: fc.array(fc.record({ name: text, value: text, inline: fc.boolean() }), { maxLength: 30 }),
      sections: fc.array(fc.record({ title: text, lines: fc.array(fc.record({ text, citation: fc.constant(citation(2)) }), { maxLength: 20 }) }), {
        maxLength: 5,
      }),
      quotes: fc.array(
        fc.record({
          text,
          speaker: fc.option(text, { nil: null }),
          speakerRole: fc.option(text, { nil: null }),
          context: text,
          citation: fc.constant(citation(3)),
        }),
        { maxLength: 15 },
      ),
      citations: fc.array(
        fc.integer({ min: 0, max: 30 }).map((n) => citation(n, `art${n}`, `Headline ${n}`)),
        { maxLength: 15 },
      ),
      choices: fc.array(fc.record({ label: text, command: text, args: fc.record({ name: text }), description: fc.option(text, { nil: undefined }) }), {
        maxLength: 30,
      }),
      ephemeral: fc.boolean(),
      fallback: fc.constant(''),
      tone: fc.constantFrom('info' as const, 'notice' as const, 'error' as const),
    });
    fc.assert(
      fc.property(arbitraryReply, (r) => {
        const pages = renderReplyPages(r);
        for (const embeds of pages) expect(messageProblems({ embeds })).toEqual([]);
        const lineCount = r.sections.reduce((n, s) => n + s.lines.length, 0);
        const bullets = allText(pages).split('• ').length - 1;
        expect(bullets).toBeGreaterThanOrEqual(lineCount);
      }),
      { numRuns: 150 },
    );
  });

  it('pages with Previous/Next buttons carrying the command, its arguments and the page', () => {
    const view = viewReply(longReply(80), { command: 'quote', args: { query: 'Kim' }, view: 1 }, true);
    expect(view.page).toBe(1);
    const buttons = view.main.components[0]!.components;
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['v1|0||quote||query=Kim', 'v1|2||quote||query=Kim']);
    expect(view.rest).toEqual([]);
  });

  it('sends the pages as separate messages when the arguments are too long for a button', () => {
    const view = viewReply(longReply(80), { command: 'quote', args: { query: 'k'.repeat(200) }, view: 0 }, true);
    expect(view.main.components).toEqual([]);
    expect(view.rest.length).toBe(view.pageCount - 1);
  });

  it('never pages a command that changes settings with buttons: its pages go out one by one', () => {
    const view = viewReply(longReply(80), { command: 'digest', subcommand: 'subscribe', args: {}, view: 0 }, false);
    expect(view.main.components).toEqual([]);
    expect(view.rest.length).toBe(view.pageCount - 1);
  });
});
