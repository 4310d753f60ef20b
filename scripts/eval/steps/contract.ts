/**
 * What `parse --json` prints for the default article and every PolNeAR-dev text is valid against the
 * shared contract schema itself (npm test checks the invented articles against a copy of it).
 */
import path from 'node:path';
import { createContractValidator } from '../../../tests/support/contract.js';
import { parseWithCli } from '../../../tests/support/parse-cli.js';
import { defaultArticlePath } from '../../../tests/support/paths.js';
import type { EvalStep } from '../step.js';
import { polnearTexts } from './polnear-texts.js';

const SCHEMA = 'contract/parsed-article.schema.json';

export const contractStep: EvalStep = {
  label: 'contract',
  checks: `parse --json on the default article and polnear-dev against ${SCHEMA}`,
  needs: [SCHEMA, 'eval/polnear-dev/text'],
  run({ sharedDir, shown }) {
    const validate = createContractValidator(path.join(sharedDir, SCHEMA));
    const files = [defaultArticlePath, ...polnearTexts(sharedDir, 'polnear-dev')];
    const parsed = parseWithCli(files);
    const problems: string[] = [];
    if (parsed.length !== files.length) problems.push(`parse printed ${parsed.length} articles for ${files.length} files`);
    let valid = 0;
    parsed.forEach((article, k) => {
      const errors = validate(article);
      if (errors) problems.push(`${path.basename(files[k] ?? '?')}: ${errors}`);
      else valid++;
      if (article.source !== files[k]) problems.push(`line ${k + 1} is ${article.source}, not ${files[k]}: output out of order`);
    });
    return { lines: [`${valid} of ${files.length} parsed articles (default article + polnear-dev) valid against ${shown(SCHEMA)}`], problems };
  },
};
