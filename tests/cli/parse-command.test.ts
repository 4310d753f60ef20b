import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const goodArticle = path.join(repoRoot, 'data/articles/putin-north-korea.txt');

function parse(files: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/bin.mjs', 'parse', ...files, '--json'], { cwd: repoRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderrLines: run.stderr.split('\n').filter((l) => l !== '') };
}

const story = 'Harbour rules\n\nPORTVALE (Reuters) - Mayor Ines Kort said on Monday the harbour would reopen.\n';

describe('briefing parse --json on bad input', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));
    writeFileSync(file('empty.txt'), '');
    writeFileSync(file('binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]));
    writeFileSync(
      file('latin1.txt'),
      Buffer.from('Café owners protest\n\nPORTVALE (Reuters) - Café owner Ines Kort said on Monday the rules would ruin her.\n', 'latin1'),
    );
    writeFileSync(file('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]));
    // Sparse: the size is 50 MB without writing 50 MB.
    writeFileSync(file('huge.txt'), '');
    truncateSync(file('huge.txt'), 50 * 1024 * 1024);
    writeFileSync(file('no-article.txt'), 'Home\nNews\nSport\nAdvertisement\nShare\n');
    mkdirSync(file('a-directory'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: Array<[string, RegExp]> = [
    ['empty.txt', /empty/],
    ['binary.bin', /binary/],
    ['latin1.txt', /not UTF-8|Latin-1/],
    ['utf16.txt', /UTF-16/],
    ['huge.txt', /too large/],
    ['no-article.txt', /no article/],
    ['missing.txt', /no such file/],
    ['a-directory', /directory/],
  ];

  it('gives each bad file exactly one stderr line naming it and the problem, with no stack trace, and exits non-zero', () => {
    const run = parse([goodArticle, ...cases.map(([name]) => file(name)), goodArticle]);
    expect(run.status).not.toBe(0);
    expect(run.stderrLines).toHaveLength(cases.length);
    cases.forEach(([name, problem], k) => {
      const line = run.stderrLines[k]!;
      expect(line.startsWith(`${file(name)}: `), line).toBe(true);
      expect(line).toMatch(problem);
    });
    expect(run.stderrLines.join('\n')).not.toMatch(/\n\s+at |Error:|node:internal/);
  });

  it('still prints the good files and the decodable ones, one JSON line each, in input order', () => {
    const run = parse([file('empty.txt'), goodArticle, file('latin1.txt'), file('a-directory'), file('utf16.txt'), goodArticle]);
    const printed = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(printed.map((a) => a.source)).toEqual([goodArticle, file('latin1.txt'), file('utf16.txt'), goodArticle]);
    expect(printed[1].headline).toBe('Café owners protest');
    expect(printed[2].paragraphs[0]).toContain('Mayor Ines Kort said on Monday');
    expect(run.status).not.toBe(0);
  });

  it('exits zero with no stderr when every file is good', () => {
    const run = parse([goodArticle]);
    expect(run.stderrLines).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('briefing parse on an undated article', () => {
  let dir: string;
  const undated = 'Harbour to reopen\n\nThe harbour reopened on Monday, and ferries will run again on Friday, the port authority said.\n';
  const run = (args: string[]) => spawnSync(process.execPath, ['src/cli/bin.mjs', 'parse', ...args], { cwd: repoRoot, encoding: 'utf8' });
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parse-date-'));
    writeFileSync(path.join(dir, 'undated.txt'), undated);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says it has no date, and why, and leaves the timeline empty', () => {
    const article = JSON.parse(run([path.join(dir, 'undated.txt'), '--json']).stdout);
    expect(article.publishedAt).toBeNull();
    expect(article.dateFrom).toBeNull();
    expect(article.undatedReason).toMatch(/--date YYYY-MM-DD/);
    expect(article.events).toEqual([]);
  });

  it('takes a date from --date and resolves the weekdays against it', () => {
    const article = JSON.parse(run([path.join(dir, 'undated.txt'), '--json', '--date', '2025-03-05']).stdout);
    expect(article).toMatchObject({ publishedAt: '2025-03-05', dateFrom: 'given', undatedReason: null });
    expect(article.events.map((e: { date: string }) => e.date)).toEqual(['2025-03-03', '2025-03-07']);
  });

  it('keeps the date an article states over the one given', () => {
    const article = JSON.parse(run([goodArticle, '--json', '--date', '2025-03-05']).stdout);
    expect(article).toMatchObject({ publishedAt: '2024-06-18', dateFrom: 'text' });
  });

  it('names a --date that is no date in one line, and exits 2', () => {
    const result = run([path.join(dir, 'undated.txt'), '--date', '5 March']);
    expect(result.stderr).toBe('briefing parse: --date "5 March" is not a date: write it as YYYY-MM-DD, e.g. --date 2025-03-04\n');
    expect(result.status).toBe(2);
  });

  it('prints "undated" with the reason in the readable summary', () => {
    expect(run([path.join(dir, 'undated.txt')]).stdout).toMatch(/^Published: undated: no publication date/m);
  });
});
