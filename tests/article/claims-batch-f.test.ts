/**
 * Claims of shapes the sixth batch of fresh pages showed, on invented text of its own: "called" that
 * only names, "found" with a thing found, "ruled that", and a description as a passive's agent
 * ("accused by local fishermen of ...").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';

const parse = (...paragraphs: string[]) => parseArticle(['Harbour news', '', ...paragraphs].join('\n\n'), { publishedAt: '2025-03-05' });
const claims = (article: ReturnType<typeof parse>) =>
  article.claims.map((c) => ({ source: article.actors.find((a) => a.id === c.sourceId)?.name, kind: c.kind, text: c.text }));

describe('verbs that report nothing in these shapes', () => {
  it('gives no claim and no source for "a <noun> called X" that only names it', () => {
    const a = parse('A bakery chain called Brodhaus Kern has opened four shops in the harbour district since June.');
    expect(claims(a)).toEqual([]);
    expect(a.actors.map((x) => x.name)).not.toContain('bakery chain');
  });

  it('still reads "X called the plan a mistake" as a claim', () => {
    const a = parse('Harbour master Ivo Brandt called the plan a costly mistake on Tuesday.');
    expect(claims(a).map((c) => c.source)).toEqual(['Ivo Brandt']);
  });

  it('gives no claim for "found" with a thing found and no clause, and no source for its subject', () => {
    const a = parse('Divers found two anchors near the wreck on Sunday.', 'Inspectors found the leak during a routine check of the quay.');
    expect(claims(a)).toEqual([]);
    expect(a.actors.filter((x) => x.unnamed)).toEqual([]);
  });

  it('still reads "found that", a clause after "found" and a verdict as findings', () => {
    const a = parse(
      'The harbour review found that the crew had not been trained.',
      'Inspectors found the quay walls were too weak for the new cranes.',
      'The tribunal found the operator negligent.',
      'The review found the owners borrowed money for their boats.',
    );
    expect(claims(a).map((c) => c.kind)).toEqual(['assessment', 'assessment', 'assessment', 'assessment']);
  });
});

describe('sources of these shapes', () => {
  it('reads "ruled that" as a finding of the body that ruled', () => {
    const a = parse("The league's appeals panel ruled that the club had fielded an ineligible player.");
    expect(claims(a)).toEqual([{ source: "league's appeals panel", kind: 'assessment', text: 'ruled that the club had fielded an ineligible player' }]);
  });

  it('gives no claim for "rules that" where "rules" is a noun before a relative clause', () => {
    const a = parse('The agency left a raft of new harbour rules that promise to cut emissions by half.');
    expect(claims(a)).toEqual([]);
  });

  it('gives an accusation made "by <description> of" to that description', () => {
    const a = parse(
      'The harbour board, accused by local fishermen of selling berths to yacht owners, said every berth had been let fairly.',
      'Mayor Ina Holt was accused by opposition councillors of hiding the cost of the quay.',
    );
    const accusations = claims(a).filter((c) => c.kind === 'accusation');
    expect(accusations.map((c) => c.source)).toEqual(['local fishermen', 'opposition councillors']);
    expect(accusations[1]!.text).toContain('hiding the cost');
  });

  it('gives what "a <body> spokeswoman" said to the body the story named, and makes no person of her', () => {
    const a = parse(
      'The Brekhaven Harbour Board closed the north quay on Monday.',
      'A board spokeswoman said repairs would take about a week.',
      'A ministry spokesman said the ferries would use the south quay.',
    );
    const said = claims(a);
    expect(said.find((c) => c.text.includes('repairs'))?.source).toBe('Brekhaven Harbour Board');
    expect(a.actors.filter((x) => x.kind === 'person').map((x) => x.name)).toEqual(['ministry spokesman']);
    expect(a.actors.find((x) => x.name === 'Brekhaven Harbour Board')?.aliases).not.toContain('A board spokeswoman');
  });
});
