import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.js';
import { defaultArticlePath, polnearDevDir, repoRoot, sharedDir } from './shared.js';

const work = mkdtempSync(path.join(tmpdir(), 'parse-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the default article end to end', () => {
  it('scores at least 0.95 overall against its gold, with people, quotes found and attribution perfect', () => {
    const json = execFileSync(process.execPath, ['src/cli/bin.mjs', 'parse', defaultArticlePath, '--json'], { cwd: repoRoot, encoding: 'utf8' });
    const parsed = path.join(work, 'putin-north-korea.json');
    writeFileSync(parsed, json);
    const score = spawnSync(
      process.execPath,
      [
        path.join(sharedDir, 'eval/score.mjs'),
        parsed,
        path.join(sharedDir, 'eval/gold/putin-north-korea.gold.json'),
        '--min',
        'overall=0.95,people_f1=1,quotes_found=1,attribution=1',
      ],
      { encoding: 'utf8' },
    );
    expect(score.status, score.stdout + score.stderr).toBe(0);
  });

  it('gives the same id and the same output for the same input', () => {
    const raw = readFileSync(defaultArticlePath, 'utf8');
    expect(JSON.stringify(parseArticle(raw))).toBe(JSON.stringify(parseArticle(raw)));
  });
});

describe('the PolNeAR development split', () => {
  it('keeps attribution at or above 0.90 and quote precision at or above 0.95', () => {
    const out = execFileSync(process.execPath, [path.join(sharedDir, 'eval/polnear.mjs'), '--data', polnearDevDir, '--cmd', 'node src/cli/bin.mjs parse'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const last = out.trim().split('\n').at(-1)!;
    const metric = (name: string) => Number(new RegExp(`\\b${name}=([\\d.]+)`).exec(last)?.[1] ?? NaN);
    expect(metric('attribution'), last).toBeGreaterThanOrEqual(0.9);
    expect(metric('quotes_precision'), last).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
