import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContractValidator, defaultArticlePath, polnearDevDir, repoRoot } from './shared.js';

describe('the parse --json contract', () => {
  const validate = createContractValidator();
  const texts = readdirSync(path.join(polnearDevDir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 6)
    .map((f) => path.join(polnearDevDir, 'text', f));
  const files = [defaultArticlePath, ...texts];

  it('prints one line per file, in input order, each valid against the shared schema', () => {
    const out = execFileSync(process.execPath, ['src/cli/bin.mjs', 'parse', ...files, '--json'], { cwd: repoRoot, encoding: 'utf8' });
    const lines = out.trim().split('\n');
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
