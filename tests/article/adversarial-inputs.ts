/**
 * Hostile article texts of any size: the shapes that once made the parser super-linear (a dateline
 * of repeated "-A", one huge paragraph, runs of punctuation, deep HTML nesting, thousands of dates in
 * one sentence, many or unclosed quotes) and the ones the regex checker points at. Shared by the
 * adversarial tests and `npm run bench -- adversarial`; every sentence is invented.
 */

/** One adversarial shape: a name, what it attacks, and a builder for a text of about `bytes` bytes. */
export interface AdversarialShape {
  name: string;
  attacks: string;
  build: (bytes: number) => string;
}

/** Repeats `unit` until the text reaches `bytes` characters (at least once). */
const repeatTo = (unit: string, bytes: number, joiner = ''): string => {
  const count = Math.max(1, Math.ceil(bytes / (unit.length + joiner.length)));
  return Array.from({ length: count }, () => unit).join(joiner);
};

const HEADLINE = 'Council weighs river plan\n\nKarl Holm said on Monday that the council would meet again in May to weigh the plan.\n\n';
const PROSE = [
  'Karl Holm, the deputy water minister of Examplia, said on Monday that the council would meet again in May.',
  '"We will not stop the work," Holm told reporters in Lakeford, adding that the plan was sound.',
  'Marta Berg, a spokeswoman for the Rivers Agency, denied the report and warned that costs would rise.',
  'Examplian officials and state media said the talks, held on March 3, 2024, had ended without a deal.',
  'According to Berg, the agency had asked the ministry to publish its figures, but he declined, she said.',
].join(' ');

/** The shapes, in the order the bench prints them. */
export const ADVERSARIAL_SHAPES: AdversarialShape[] = [
  {
    name: 'dateline of repeated -A',
    attacks: 'the dateline pattern (exponential on "A-A-A-...-A x")',
    build: (bytes) => `${repeatTo('A', bytes / 2, '-')} x\n\nThe body of the story follows here.\n`,
  },
  {
    name: 'one huge paragraph of prose',
    attacks: 'look-behind work on growing slices (speakers, roles, claims)',
    build: (bytes) => HEADLINE + repeatTo(PROSE, bytes, ' ') + '\n',
  },
  {
    name: 'one sentence of clauses',
    attacks: 'per-cue work on a sentence that never ends (claims, quotes)',
    build: (bytes) => `${HEADLINE}${repeatTo('Holm said that Berg told the council that officials warned', bytes, ', and ')}.\n`,
  },
  {
    name: 'run of exclamation marks',
    attacks: 'sentence splitting ("!!!...")',
    build: (bytes) => `${HEADLINE}It ended${'!'.repeat(bytes)} x\n`,
  },
  {
    name: 'runs of mixed punctuation',
    attacks: 'trailing-punctuation and whitespace patterns',
    build: (bytes) => `${HEADLINE}Holm said${repeatTo('.,;: -"\'', bytes)}x ${repeatTo(' ', bytes / 4)}y\n`,
  },
  {
    name: 'repeated names',
    attacks: 'name, role and group matching on long capitalised runs',
    build: (bytes) => `${HEADLINE}${repeatTo('Karl Holm Examplian Officials', bytes, ' ')} said it.\n`,
  },
  {
    name: 'repeated -A in the body',
    attacks: 'dateline and capitalised-word patterns inside a paragraph',
    build: (bytes) => `${HEADLINE}The river rose. ${repeatTo('-A', bytes)} x\n`,
  },
  {
    name: 'hard-wrapped paragraph',
    attacks: 'line joining and layout detection on thousands of wrapped lines',
    build: (bytes) => `${HEADLINE}${repeatTo('the council would meet again in the spring and the plan was sound', bytes, '\n')}\n`,
  },
  {
    name: 'many dates in one sentence',
    attacks: 'output amplification (every event copied its whole sentence)',
    build: (bytes) => `${HEADLINE}Holm said the talks were held on ${repeatTo('March 3, 2024', bytes, ', ')} and ended.\n`,
  },
  {
    name: 'many quotes',
    attacks: 'quote finding and speaker search per quote',
    build: (bytes) => `${HEADLINE}${repeatTo('"We will act," Holm said. "Not yet," Berg replied.', bytes, ' ')}\n`,
  },
  {
    name: 'unclosed quotes',
    attacks: 'quote spans that never close',
    build: (bytes) => `${HEADLINE}${repeatTo('"We will act, Holm said and "not yet', bytes, ' ')}\n`,
  },
  {
    name: 'many weekdays in one sentence',
    attacks: 'the tense read around each weekday or month (date-tense.ts)',
    build: (bytes) => `${HEADLINE}Holm said the council met ${repeatTo('on Monday', bytes, ', ')} and will meet again on Friday.\n`,
  },
  {
    name: 'many related boxes',
    attacks: 'footer and related-box detection (structure.ts)',
    build: (bytes) => `${HEADLINE}${repeatTo('Related\nA short link title', bytes, '\n')}\n`,
  },
  {
    name: 'a transcript of many speakers',
    attacks: 'speaker labels looked up per turn (labelled-speech.ts, parse-article.ts)',
    build: (bytes) =>
      `${HEADLINE}${Array.from(
        { length: Math.max(2, Math.ceil(bytes / 40)) },
        (_, k) =>
          `${k
            .toString(26)
            .toUpperCase()
            .replace(/\d/g, (d) => 'QRSTUVWXYZ'[Number(d)]!)}X HOLM: We will act, said Berg.`,
      ).join('\n')}\n`,
  },
  {
    name: 'deeply nested HTML',
    attacks: 'the HTML path (linkedom and readability on 50,000 nested elements)',
    build: (bytes) => {
      const depth = Math.max(1, Math.floor(bytes / 11));
      return `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>Holm said the council would meet again in May.</p>${'</div>'.repeat(depth)}</body></html>`;
    },
  },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A sentence of about 36 KB listing 3,000 different dates: every event once copied the whole of it. */
export function amplificationInput(): string {
  const dates = Array.from({ length: 3000 }, (_, k) => `${MONTHS[k % 12]!.slice(0, 3)} ${(k % 28) + 1}, ${1900 + Math.floor(k / 12)}`);
  return `${HEADLINE}Holm said the council met on ${dates.join(', ')}.\n`;
}
