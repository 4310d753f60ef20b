/**
 * Page shapes met in the third batch of fresh pages, each on invented text of its own (not the
 * fixtures' text): a byline with the outlet run on after a name in capitals, a reporter "at the"
 * ground over the date, a weekly's "date|PLACE" line, a labelled verdict box above the story, team
 * sheets and labelled facts at the foot, print-edition and feedback footers, and a press briefing's
 * labels (a moderator, a title before a name in capitals, a reporter who gives name and outlet).
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/article/credits.js';
import { findLabelledTurns } from '../../src/article/labelled-speech.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { isRosterLine } from '../../src/article/page-footer.js';
import { riverStory as story, structuredPage as page } from './story.js';

describe('bylines and datelines of further shapes', () => {
  it('reads a name in capitals with the outlet run on after it', () => {
    expect(parseByline('By MIRA OSTEN Associated Press')).toEqual(['Mira Osten']);
    expect(parseByline('By TOBIAS KRELL, Harbour Wire')).toEqual(['Tobias Krell']);
    expect(parseByline('By Anna Roe and Piet Dahl')).toEqual(['Anna Roe', 'Piet Dahl']);
  });

  it('takes the reporter "at the" ground above the date for the byline, without the ground', () => {
    const s = page(
      'Sport',
      'Rowing',
      'Delft crew sinks Leiden eight in a record final',
      'Race report',
      'Wout Kesteren at the Bosbaan',
      'Sat 4 Oct 2025 17.40 CEST',
      ...story,
    );
    expect(s.bylines).toEqual(['Wout Kesteren']);
    expect(s.headline).toBe('Delft crew sinks Leiden eight in a record final');
  });

  it("reads the place after a bar on a weekly's date line as the dateline", () => {
    const s = page('Asia', 'Harbours', 'A quay too far', 'A town waits for its pier', 'Jun 2nd 2025|KESTRAN', ...story);
    expect(s.dateline).toBe('KESTRAN');
    expect(s.publishedAt).toBe('2025-06-02');
    expect(s.bylines).toEqual([]);
  });

  it('reads no place after a bar that holds a time or an update', () => {
    const s = page('Harbour town votes on pier', 'Published 6:04 a.m. CT Oct. 22, 2025 | Updated 9:15 a.m. CT Oct. 22, 2025', ...story);
    expect(s.dateline).toBeNull();
  });
});

describe('boxes above the story and at its foot', () => {
  it('lifts a labelled verdict box above the story into the summary', () => {
    const s = page(
      'Checked: the sluice did not fail on purpose',
      'By Lene Poort',
      'May 5, 2025',
      'Statement: The river authority opened the sluices to flood the farms on purpose.',
      'Finding: Misleading',
      'Why: The sluices open by rule when the river passes a mark.',
      ...story,
    );
    expect(s.paragraphs[0]).toMatch(/^The river authority opened/);
    expect(s.summary).toContain('Finding: Misleading');
    expect(s.paragraphs.join(' ')).not.toMatch(/Finding|Statement:/);
  });

  it('keeps transcript turns, whose labels repeat, in the body', () => {
    const s = page(
      'Interview with a sluice keeper',
      'May 5, 2025',
      'Velde: The water is high.',
      'Kort: How high?',
      'Velde: Higher than the spring.',
      'Kort: Will it hold?',
    );
    expect(s.paragraphs).toHaveLength(4);
  });

  it('tells a team sheet from a sentence with a list', () => {
    expect(isRosterLine('Brekhaven: Dijk; Moes, Pels, Van Aar, Kuip; Sels (Tromp 71), Baan; Vos, Lint, Rook.')).toBe(true);
    expect(isRosterLine('Officials said: the sluices, the dykes, the pumps, the gates, the roads and the bridges were checked.')).toBe(false);
  });

  it('drops team sheets, labelled facts and a feedback question from the foot of a report', () => {
    const s = page(
      'Brekhaven 3-0 Lintdam: hosts cruise into the cup semi-finals',
      'Wout Kesteren at the Waterpark',
      'Sat 4 Oct 2025 17.40 CEST',
      ...story,
      'Brekhaven: Dijk; Moes, Pels, Van Aar, Kuip; Sels (Tromp 71), Baan; Vos, Lint, Rook.',
      'Lintdam: Hoen; Smit, Jaspers, De Waal, Rijn; Kok, Mol, Tas; Ploeg, Wever, Blom.',
      'Referee: Kees Tuin',
      'Attendance: 9,870',
    );
    expect(s.paragraphs).toHaveLength(4);
    const f = page('Sluices opened at Brekhaven', 'By Lene Poort', 'May 5, 2025', ...story, 'Was this article helpful?', 'Yes', 'No');
    expect(f.paragraphs).toHaveLength(4);
  });

  it("drops a weekly's print-edition footer and its audio player", () => {
    const s = page(
      'A quay too far',
      'Jun 2nd 2025|KESTRAN',
      'Listen to this story.',
      'Enjoy more audio and podcasts on iOS or Android.',
      'OK',
      ...story,
      'This article appeared in the Asia section of the print edition under the headline "A quay too far"',
      'From the June 7th 2025 edition',
      'Explore the edition',
    );
    expect(s.paragraphs).toHaveLength(4);
    expect(s.paragraphs.join(' ')).not.toMatch(/audio|edition|^OK/);
  });

  it('drops an end marker and a media-enquiries line from a ministry page', () => {
    const s = page('Statement on the sluices', 'Published 5 May 2025', 'Check against delivery', ...story, '-- END --', 'Media enquiries: press@river.example');
    expect(s.paragraphs).toHaveLength(4);
  });
});

describe("a press briefing's labels", () => {
  it('reads a reporter who gives name and outlet before a question as its speaker', () => {
    const turns = findLabelledTurns(['Q: Lene Poort, Delta Radio. Will the dykes hold?', 'GOVERNOR VELDE: They will.'], () => false);
    expect(turns.map((t) => [t.label, t.affiliation ?? null])).toEqual([
      ['Lene Poort', 'Delta Radio'],
      ['GOVERNOR VELDE', null],
    ]);
  });

  const article = parseArticle(
    [
      'Transcript: briefing by River Commissioner Anouk Velde on the high water',
      'Published 5 May 2025',
      '',
      'MODERATOR: Good morning. The commissioner will speak first.',
      '',
      'COMMISSIONER VELDE: The sluices at Brekhaven are open and the water is falling.',
      '',
      'Q: Lene Poort, Delta Radio. When will the roads reopen?',
      '',
      'DEPUTY COMMISSIONER JOOST MAAS: We expect the dyke road to reopen on Monday.',
      '',
      'MODERATOR: Thank you.',
    ].join('\n'),
  );
  const person = (name: string) => article.actors.find((a) => a.kind === 'person' && a.name === name);

  it('names no moderator and quotes none', () => {
    expect(article.actors.some((a) => /moderator/i.test(a.name))).toBe(false);
    expect(article.quotes.some((q) => /Good morning|Thank you/.test(q.text))).toBe(false);
  });

  it('reads the title before a name in capitals as a role, and the headline gives the full name', () => {
    expect(person('Joost Maas')?.roles).toContain('Deputy Commissioner');
    expect(person('Anouk Velde')?.roles).toContain('River Commissioner');
  });

  it('gives each turn to its speaker', () => {
    const speakerOf = (start: string) => article.actors.find((a) => a.id === article.quotes.find((q) => q.text.startsWith(start))?.speakerId)?.name;
    expect(speakerOf('The sluices')).toBe('Anouk Velde');
    expect(speakerOf('When will')).toBe('Lene Poort');
    expect(speakerOf('We expect')).toBe('Joost Maas');
  });
});

describe('names and sources of further shapes', () => {
  const article = parseArticle(
    [
      'Cup tie postponed as pitch floods',
      'March 5, 2025',
      '',
      'The tie between Brekhaven and Lintdam Rovers was called off on Tuesday after the pitch flooded.',
      '',
      'Engineers will inspect the sea walls at Oldeport and Hensby on Thursday, the town said.',
      '',
      'The canal operator, Vaartdienst Oost, said its boats would keep running.',
      '',
      'The league said it would name a new date next week.',
    ].join('\n'),
  );
  const kindOf = (name: string) => article.actors.find((a) => a.name === name)?.kind;
  const sourceOf = (words: string) => article.actors.find((a) => a.id === article.claims.find((c) => c.text.includes(words))?.sourceId)?.name;

  it('reads the sides of a contest as organisations, not people', () => {
    expect(kindOf('Brekhaven')).toBe('organization');
    expect(kindOf('Lintdam Rovers')).toBe('organization');
  });

  it("reads a facility's sites as places", () => {
    expect(kindOf('Oldeport')).toBe('place');
    expect(kindOf('Hensby')).toBe('place');
  });

  it('reads an operator named after its trade as an organisation', () => {
    expect(kindOf('Vaartdienst Oost')).toBe('organization');
  });

  it('takes "the town" and "the league" as the bodies that speak', () => {
    expect(sourceOf('inspect the sea walls')).toBe('town');
    expect(sourceOf('new date')).toBe('league');
  });
});

describe('roles and regions of further shapes', () => {
  const article = parseArticle(
    [
      'Fog at the locks',
      'November 20, 2025',
      '',
      'Harbour master Piet Kramer said the entrance had closed at dawn.',
      '',
      'Lock keeper Anouk Velde said the gates would stay shut.',
      '',
      'The weather office issued a warning for Utrecht and North Brabant on Thursday.',
    ].join('\n'),
  );
  const actor = (name: string) => article.actors.find((a) => a.name === name);

  it('reads a role of two words the lexicon lists whole', () => {
    expect(actor('Piet Kramer')?.roles).toEqual(['Harbour master']);
    expect(actor('Anouk Velde')?.roles).toEqual(['Lock keeper']);
  });

  it('reads a compass word and a name as a region, not a person', () => {
    expect(actor('North Brabant')?.kind).toBe('place');
  });
});
