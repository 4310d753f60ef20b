import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOutsidePaths } from './support/outside-paths.js';
import { repoRoot } from './support/paths.js';

// `npm test` must pass in a clone with nothing beside it: checks against ../shared belong in
// `npm run eval` (scripts/eval/), which may read it, as may the benchmarks.
const CODE = /\.(ts|mts|mjs|js)$/;
/** The scanner and this test spell out the very paths they look for. */
const SELF = new Set(['tests/support/outside-paths.ts', 'tests/stands-alone.test.ts']);

function codeFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !SELF.has(path.relative(repoRoot, file)));
}

describe('npm test on a clone alone', () => {
  it('reads nothing from outside the repository in tests/, src/, commands/ or the test configuration', () => {
    const files = [...codeFiles('tests'), ...codeFiles('src'), ...codeFiles('commands'), path.join(repoRoot, 'vitest.config.ts')];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => findOutsidePaths(file, readFileSync(file, 'utf8'), repoRoot));
    expect(found.map((hit) => `${hit.file}:${hit.line}: ${hit.why}: ${hit.text}`)).toEqual([]);
  });

  it("runs npm test's own commands without the shared folder", () => {
    const scripts = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const name of ['pretest', 'test']) expect(scripts[name], name).not.toMatch(/shared/);
  });

  it('catches each way of reaching the shared folder, so the check can fail', () => {
    const file = path.join(repoRoot, 'tests/example/example.test.ts');
    const source = [
      `import { score } from '../../../shared/eval/score.mjs';`,
      `const gold = readFileSync(join(process.cwd(), '..', 'shared', 'eval', 'gold', 'a.json'));`,
      `const texts = join(repoRoot, '..', 'elsewhere');`,
      `const schema = '/work/shared/contract/parsed-article.schema.json';`,
      `const dir = \`\${root}/../shared/eval/polnear-dev\`;`,
      `// a comment about ../shared/eval is prose, not a path`,
      `const parent = join(tempFile, '..');`,
      `import { parseArticle } from '../../src/article/parse-article.js';`,
      `const scorer = path.join(sharedDir, 'eval/score.mjs');`,
      `const split = path.join(evalDir, 'polnear-dev', 'text');`,
    ].join('\n');
    const lines = findOutsidePaths(file, source, repoRoot).map((hit) => hit.line);
    expect([...new Set(lines)]).toEqual([1, 2, 3, 4, 5, 9, 10]);
  });
});

describe('a copy of the project with nothing beside it', () => {
  // The files a clone would have: tracked or new, ignored ones (node_modules, dist, data/*.db) left out.
  const git = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  const inGit = git.status === 0;
  const parent = mkdtempSync(path.join(tmpdir(), 'briefing-alone-'));
  const project = path.join(parent, 'project');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  beforeAll(() => {
    if (!inGit) return;
    for (const file of git.stdout.split('\0').filter((f) => f && existsSync(path.join(repoRoot, f)))) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      copyFileSync(path.join(repoRoot, file), path.join(project, file));
    }
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  });
  const env = { ...process.env };
  delete env.SHARED_DIR;
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: project, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  it.skipIf(!inGit)('has the default article, its gold and the scorer, and scores the article above its floors', () => {
    expect(existsSync(path.join(parent, 'shared'))).toBe(false);
    const parsed = run(['src/cli/bin.mjs', 'parse', 'data/articles/putin-north-korea.txt', '--json']);
    expect(parsed.status, parsed.stderr).toBe(0);
    const score = spawnSync(
      process.execPath,
      [
        'tests/support/score-article.mjs',
        '-',
        'tests/fixtures/gold/putin-north-korea.gold.json',
        '--min',
        'overall=0.95,people_f1=1,quotes_found=1,attribution=1',
      ],
      { cwd: project, input: parsed.stdout, encoding: 'utf8' },
    );
    expect(score.status, score.stdout + score.stderr).toBe(0);
  });

  it.skipIf(!inGit)('passes npm run eval, saying that it skipped every check against ../shared', () => {
    const result = run(['--import', 'tsx', 'scripts/eval/run.ts']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`no shared folder at ${path.join(parent, 'shared')}`);
    expect(result.stdout).toMatch(/skipped \[default-article\]/);
    expect(result.stdout).toMatch(/skipped \[polnear-dev\]/);
  });

  it.skipIf(!inGit)('parses every invented article there, each one listed in the fixtures README', () => {
    const dir = path.join(project, 'tests/fixtures/articles');
    const names = readdirSync(dir).filter((name) => name !== 'README.md');
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(names.filter((name) => !readme.includes(name))).toEqual([]);
    const parsed = run(['src/cli/bin.mjs', 'parse', ...names.map((name) => path.join(dir, name)), '--json']);
    expect(parsed.status, parsed.stderr).toBe(0);
    expect(parsed.stdout.trim().split('\n')).toHaveLength(names.length);
  });
});
