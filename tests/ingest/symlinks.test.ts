import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest-command.js';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { watchDirectory, type DirectoryWatcher } from '../../src/ingest/watch-directory.js';
import { silentLogger } from '../../src/logging.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { memoryLogger } from '../fixtures/memory-logger.js';
import { simpleParser } from './simple-parser.js';

/** Invented article text: a headline line, then paragraphs of ordinary sentences. */
const article = (topic: string) =>
  `${topic} plan approved\nThe ${topic} committee approved the new plan on Monday after a long debate in the hall.\n` +
  `Members said the ${topic} budget would grow next year and that residents had asked for the change.\n`;

let root: string;
let folder: string;
let store: Store;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'briefing-symlinks-'));
  folder = join(root, 'articles');
  mkdirSync(join(folder, '.kept'), { recursive: true });
  mkdirSync(join(root, 'private'));
  writeFileSync(join(root, 'private', 'secret.txt'), article('secret'));
  writeFileSync(join(root, 'private', 'other.txt'), article('hidden'));
  writeFileSync(join(folder, 'harbour.txt'), article('harbour'));
  writeFileSync(join(folder, '.kept', 'library.txt'), article('library'));
  // Inside the folder: fine. Outside: refused, a file and a folder.
  symlinkSync(join(folder, '.kept', 'library.txt'), join(folder, 'library-link.txt'));
  symlinkSync(join(root, 'private', 'secret.txt'), join(folder, 'secret-link.txt'));
  symlinkSync(join(root, 'private'), join(folder, 'private-folder'));
  store = createSqliteStore(join(root, 'store.db'));
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

const storedSources = async () => (await store.listArticles()).map((a) => a.source.split('/').at(-1)).sort();

describe('ingesting a folder with symbolic links', () => {
  it('takes links that stay inside the folder and refuses those that lead outside, one line each', async () => {
    const report = await ingestPaths([folder], { store, logger: silentLogger(), parse: simpleParser().parse, parserVersion: 1 });
    expect(await storedSources()).toEqual(['harbour.txt', 'library-link.txt']);
    expect(report.failed.map((f) => [f.path.split('/').at(-1), f.problem])).toEqual([
      ['private-folder', expect.stringMatching(/^is a symbolic link to a place outside the folder .*articles: not followed/)],
      ['secret-link.txt', expect.stringMatching(/^is a symbolic link to a place outside the folder .*articles: not followed/)],
    ]);
  });

  it('says so on stderr from `briefing ingest DIR`, one line per refused link, with exit code 1', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks: string[] = [];
    stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    const code = await runIngest([folder], { env: { SQLITE_PATH: join(root, 'cli.db'), LOG_LEVEL: 'silent' }, stdout, stderr });
    expect(code).toBe(1);
    const lines = chunks.join('').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^failed: .*private-folder: is a symbolic link to a place outside the folder/);
    expect(lines[1]).toMatch(/^failed: .*secret-link\.txt: is a symbolic link to a place outside the folder/);
    expect(chunks.join('')).not.toContain('secret plan approved');
  });
});

describe('the watched folder with symbolic links', () => {
  let watcher: DirectoryWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
  });

  it('ingests what is inside, refuses a link leading outside and logs it once, rescan or change event', async () => {
    const { logger, logs } = memoryLogger();
    watcher = watchDirectory(folder, {
      store,
      logger,
      parse: simpleParser().parse,
      debounceMs: 20,
      rescanMs: 0,
      useFsWatch: false,
      initialScan: false,
      onArticle: () => undefined,
    });
    await watcher.rescan();
    await watcher.rescan();
    expect(await storedSources()).toEqual(['harbour.txt', 'library-link.txt']);
    const refused = logs.filter((l) => l.msg === 'article file not ingested');
    expect(refused.map((l) => String(l.path).split('/').at(-1))).toEqual(['private-folder', 'secret-link.txt']);
    expect(String(refused[0]!.problem)).toMatch(/outside the folder/);
  });

  it('refuses a link to an outside file dropped in while it watches', async () => {
    const { logger, logs } = memoryLogger();
    let report: (() => void) | undefined;
    const batch = new Promise<void>((resolve) => (report = resolve));
    watcher = watchDirectory(folder, {
      store,
      logger,
      parse: simpleParser().parse,
      debounceMs: 20,
      rescanMs: 0,
      initialScan: false,
      onArticle: () => undefined,
      onReport: () => report?.(),
    });
    // Let fs.watch start before the link appears.
    await new Promise((resolve) => setTimeout(resolve, 100));
    symlinkSync(join(root, 'private', 'other.txt'), join(folder, 'dropped-link.txt'));
    await batch;
    expect(await storedSources()).toEqual([]);
    expect(logs.find((l) => l.msg === 'article file not ingested')).toMatchObject({
      path: expect.stringContaining('dropped-link.txt'),
      problem: expect.stringMatching(/outside the folder/),
    });
  });
});
