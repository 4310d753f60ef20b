import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedArticles } from '../support/articles.js';

const run = promisify(execFile);
const bin = join(process.cwd(), 'src', 'cli', 'bin.mjs');
const defaultArticle = readFileSync(join(process.cwd(), 'data', 'articles', 'putin-north-korea.txt'), 'utf8');

/** Runs `briefing ingest ...` in `cwd` as a user would; resolves to its exit code and output. */
async function briefingIngest(cwd: string, args: string[], env: Record<string, string> = {}) {
  const { PATH, HOME } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, 'ingest', ...args], {
      cwd,
      env: { PATH: PATH ?? '', HOME: HOME ?? '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('briefing ingest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'putin-north-korea.txt'), defaultArticle);
    writeFileSync(join(dir, 'articles', 'republished.txt'), defaultArticle.replace('reclusive', 'secretive'));
    writeFileSync(join(dir, 'articles', 'empty.txt'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a line per outcome, names the failed file and its problem, and exits 1', async () => {
    const result = await briefingIngest(dir, ['articles']);
    expect(result.stdout).toBe(
      [
        'added 1',
        'updated 0',
        'unchanged 0',
        'duplicates 1',
        '  articles/republished.txt is the same story as articles/putin-north-korea.txt',
        'failed 1',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('failed: articles/empty.txt: is empty: nothing to parse\n');
    expect(result.code).toBe(1);
    expect(existsSync(join(dir, 'data', 'briefing.db'))).toBe(true);
  });

  it('exits 0 when every file is fine, and finds them unchanged the second time', async () => {
    const result = await briefingIngest(dir, ['./articles/putin-north-korea.txt']);
    expect(result.stdout).toMatch(/^added 0\nupdated 0\nunchanged 1\n/);
    expect(result.code).toBe(0);
  });

  it('answers a configuration problem in one line', async () => {
    const result = await briefingIngest(dir, ['articles'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' });
    expect(result.stderr).toBe(
      'briefing ingest: DATABASE_URL: cannot reach PostgreSQL at 127.0.0.1:1/test (ECONNREFUSED): start the server or fix the host and port, or unset DATABASE_URL to use SQLite\n',
    );
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
  });

  describe('with many files', () => {
    // Every invented article (tests/fixtures/articles/), and a mirror of them all as another site
    // would keep it: more files than the progress bar waits for, half of them the same stories.
    const articles = inventedArticles();
    const stories = articles.length;
    const files = 2 * stories;
    let many: string;
    beforeAll(() => {
      many = mkdtempSync(join(tmpdir(), 'briefing-cli-many-'));
      mkdirSync(join(many, 'articles', 'mirror'), { recursive: true });
      for (const article of articles) {
        writeFileSync(join(many, 'articles', article.name), article.text);
        writeFileSync(join(many, 'articles', 'mirror', article.name), article.text);
      }
    });
    afterAll(() => rmSync(many, { recursive: true, force: true }));

    it('draws a progress bar on a terminal', async () => {
      // script(1) gives the command a pseudo-terminal; its output is the terminal's screen.
      const { stdout } = await run('script', ['-qec', `${process.execPath} ${bin} ingest articles`, '/dev/null'], {
        cwd: many,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: 'tty-data' },
      });
      expect(files).toBeGreaterThan(20);
      expect(stdout).toMatch(new RegExp(`ingesting \\[[=-]+\\] 0/${files} files`));
      expect(stdout).toContain(`added ${stories}`);
      expect(stdout).toContain(`duplicates ${stories}`);
    });

    it('draws no bar when stderr is not a terminal', async () => {
      const result = await briefingIngest(many, ['articles']);
      expect(result.stdout).toMatch(new RegExp(`^added ${stories}\\nupdated 0\\nunchanged 0\\nduplicates ${stories}\\n`));
      expect(result.stderr).toBe('');
    });
  });
});
