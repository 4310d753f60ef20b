import { normalizeText } from '../../src/article/normalize.js';
import { structureArticle } from '../../src/article/structure.js';

/** A page's lines as the layout stage reads them (normalised, then structured). */
export const structuredPage = (...lines: string[]) => structureArticle(normalizeText(lines.join('\n')));

/** The body of an invented regional story, for page-shape tests to put headers and footers around. */
export const riverStory = [
  'The river authority opened the sluices at Brekhaven on Thursday after two days of rain, the authority said.',
  'Sluice keeper Anouk Velde said the water would stay high until the weekend and warned boats to keep clear.',
  '"We have not seen it this high since the spring of the big flood," Velde said.',
  'Farmers along the lower dykes said they had moved their cattle to higher fields overnight.',
];

/** An invented wire story that the actor, quote and claim tests read; no name in it is real. */
export const damStory = [
  'Eastland and Westmark trade accusations over border dam',
  'June 12, 2024',
  'By Lena Vorst',
  '',
  'NORDHAVEN (Reuters) - Eastland President Teodor Marsk accused Westmark on Monday of diverting the river, and his government promised to take the dispute to the United Nations.',
  '"We will not let our farms go dry," Marsk told reporters in Nordhaven.',
  'Westmark\'s foreign minister, Ilse Brandt, denied that the dam had cut the flow. "The river is as full as it was two years ago," said Brandt.',
  "Ilse Brandt's brother, Oskar Brandt, said the quarrel began in March.",
  'Teodor Marsk speaks in Nordhaven, Eastland, June 10, 2024. REUTERS/Jonas Keel',
  'He said talks set for June 19-20 would decide the matter.',
  '"Nothing else will do," he added.',
  'Marta Quell, a former Eastland trade official now with the Westmark Policy Forum, said the talks were stuck.',
  'Westmark Interior Minister Jonas Feld said the border would stay open.',
  'The Westmark Foreign Ministry said it "rejects every claim" made by Eastland.',
  'Farmers\' groups called the plan a "water grab" and asked for a seat at the talks, which the ministry\'s newsletter, "Water Matters", ignored.',
  'Marsk urged Westmark to open the sluices before the summer.',
  'Canberra said it would send observers. The UAE said it would host the next round.',
  '(Reporting by Lena Vorst; Additional reporting by Piet Ambers; Editing by Sam Brede)',
].join('\n');
