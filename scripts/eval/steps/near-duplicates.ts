/**
 * The near-duplicate properties of ingest on real news: PolNeAR-dev's 84 articles on overlapping
 * topics (one paragraph per line), held to the limits npm test holds the invented articles to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nonBlankLines } from '../../../tests/support/articles.js';
import { measureNearDuplicates, nearDuplicateProblems } from '../../../tests/support/near-duplicates.js';
import type { EvalStep } from '../step.js';
import { polnearTexts } from './polnear-texts.js';

export const nearDuplicatesStep: EvalStep = {
  label: 'near-duplicates',
  checks: 'republished copies caught and different stories kept apart on polnear-dev',
  needs: ['eval/polnear-dev/text'],
  run({ sharedDir }) {
    const stories = polnearTexts(sharedDir, 'polnear-dev').map((file) => ({
      name: path.basename(file),
      paragraphs: nonBlankLines(readFileSync(file, 'utf8')),
    }));
    const m = measureNearDuplicates(stories);
    const percent = ((100 * m.candidatePairs) / m.pairs).toFixed(2);
    return {
      lines: [
        `polnear-dev: ${m.stories} stories, republished copies missed ${m.copiesMissed.length}, different stories taken for one ${m.falseDuplicates.length} of ${m.pairs} pairs, ` +
          `highest overlap ${m.highestJaccard.toFixed(3)}, band candidates ${m.candidatePairs} (${percent}%), trimmed copy ${m.trimmedCopyCaught ? 'caught' : 'missed'}`,
      ],
      problems: nearDuplicateProblems(m),
    };
  },
};
