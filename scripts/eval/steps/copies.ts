/**
 * The copies `npm test` uses in place of the shared files (scorer, contract schema, default
 * article's gold) still match the shared ones; a copy that drifted is named with the command to renew it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalStep } from '../step.js';

const COPIES = [
  { copy: 'tests/support/score-article.mjs', shared: 'eval/score.mjs' },
  { copy: 'tests/fixtures/contract/parsed-article.schema.json', shared: 'contract/parsed-article.schema.json' },
  { copy: 'tests/fixtures/gold/putin-north-korea.gold.json', shared: 'eval/gold/putin-north-korea.gold.json' },
];

const NOTE_START = '// Vendored copy of ';
const NOTE_END = '// --- end of vendoring note ---';

/** The vendored scorer as it came from the shared folder: the vendoring note taken out. */
export function withoutVendoringNote(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(NOTE_START));
  const end = lines.indexOf(NOTE_END);
  if (start < 0 || end < start) return text;
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
}

export const copiesStep: EvalStep = {
  label: 'copies',
  checks: "the copies npm test uses (scorer, contract schema, default article's gold) match the shared files",
  needs: COPIES.map((entry) => entry.shared),
  run({ repoRoot, sharedDir, shown }) {
    const problems = COPIES.filter(
      ({ copy, shared }) => withoutVendoringNote(readFileSync(path.join(repoRoot, copy), 'utf8')) !== readFileSync(path.join(sharedDir, shared), 'utf8'),
    ).map(
      ({ copy, shared }) => `${copy} differs from ${shown(shared)}: copy the shared file again${copy.endsWith('.mjs') ? ', keeping the vendoring note' : ''}`,
    );
    return { lines: [`${COPIES.length - problems.length} of ${COPIES.length} copies match: ${COPIES.map((entry) => entry.copy).join(', ')}`], problems };
  },
};
