import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { inventedArticles } from '../support/articles.js';
import { createContractValidator } from '../support/contract.js';
import { defaultArticlePath, repoRoot } from '../support/paths.js';

// Validates against the copy of the shared schema in tests/fixtures/contract/; `npm run eval` validates
// against the shared schema itself, on PolNeAR's texts as well.
describe('the parse --json contract', () => {
  const validate = createContractValidator();
  const files = [defaultArticlePath, ...inventedArticles().map((article) => article.path)];

  it('prints one line per file, in input order, each valid against the contract schema', () => {
    const out = execFileSync(process.execPath, ['src/cli/bin.mjs', 'parse', ...files, '--json'], { cwd: repoRoot, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(lines).toHaveLength(files.length);
    lines.forEach((line, k) => {
      const article = JSON.parse(line);
      expect(validate(article), files[k]).toBe('');
      expect(article.source).toBe(files[k]);
    });
  });

  it('rejects an object that breaks the contract, so the check can fail', () => {
    expect(validate({ id: 1, headline: 'x' })).not.toBe('');
  });
});
