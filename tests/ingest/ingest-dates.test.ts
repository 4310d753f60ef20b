import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { watchDirectory } from '../../src/ingest/watch-directory.js';
import { silentLogger } from '../../src/logging.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store, StoredArticle } from '../../src/store/store.js';

// Invented stories: one prints no date, one prints its own.
const undated = 'Harbour to reopen\n\nThe harbour reopened on Monday, and ferries will run again on Friday, the port authority said.\n';
const dated = 'Harbour to reopen\nMarch 4, 2025\n\nThe harbour reopened on Monday, the port authority said.\n';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-dates-'));
  store = createSqliteStore(join(dir, 'store.db'));
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ingest = (paths: string[], publishedAt?: string) =>
  ingestPaths(paths, { store, logger: silentLogger(), progress: false, ...(publishedAt ? { publishedAt } : {}) });

describe('dating articles at ingest', () => {
  it('gives an undated article the --date, so its timeline resolves', async () => {
    writeFileSync(join(dir, 'harbour.txt'), undated);
    const report = await ingest([join(dir, 'harbour.txt')], '2025-03-05');
    expect(report.added[0]!.parsed).toMatchObject({ publishedAt: '2025-03-05', dateFrom: 'given' });
    expect(report.added[0]!.parsed.events.map((e) => e.date)).toEqual(['2025-03-03', '2025-03-07']);
  });

  it('takes a sidecar NAME.meta.json over --date', async () => {
    writeFileSync(join(dir, 'harbour.txt'), undated);
    writeFileSync(join(dir, 'harbour.meta.json'), '{"publishedAt": "2025-02-26"}');
    const report = await ingest([join(dir, 'harbour.txt')], '2025-03-05');
    expect(report.added[0]!.parsed.publishedAt).toBe('2025-02-26');
    expect(report.warnings).toEqual([]);
  });

  it('names a bad sidecar in one warning and stores the article undated', async () => {
    writeFileSync(join(dir, 'harbour.txt'), undated);
    writeFileSync(join(dir, 'harbour.meta.json'), '{"publishedAt": "March 5"}');
    const report = await ingest([join(dir, 'harbour.txt')]);
    expect(report.warnings).toEqual([
      {
        path: expect.stringMatching(/harbour\.txt$/),
        warning: 'harbour.meta.json: publishedAt: publishedAt must be a date written YYYY-MM-DD: write {"publishedAt": "YYYY-MM-DD"}',
      },
    ]);
    expect(report.added[0]!.parsed).toMatchObject({ publishedAt: null, undatedReason: expect.stringContaining('--date') });
  });

  it('keeps the date an article prints and warns that the given one was not used', async () => {
    writeFileSync(join(dir, 'harbour.txt'), dated);
    const report = await ingest([join(dir, 'harbour.txt')], '2025-03-05');
    expect(report.added[0]!.parsed).toMatchObject({ publishedAt: '2025-03-04', dateFrom: 'text' });
    expect(report.warnings.map((w) => w.warning)).toEqual(['states its own date (2025-03-04); the date given (2025-03-05) is not used']);
  });

  it('parses an unchanged file again when it is given a new date', async () => {
    writeFileSync(join(dir, 'harbour.txt'), undated);
    await ingest([join(dir, 'harbour.txt')]);
    expect((await ingest([join(dir, 'harbour.txt')])).unchanged).toBe(1);
    const again = await ingest([join(dir, 'harbour.txt')], '2025-03-05');
    expect(again.updated[0]!.parsed.publishedAt).toBe('2025-03-05');
  });

  it('re-ingests a watched article when its sidecar arrives later', async () => {
    const folder = join(dir, 'watched');
    mkdirSync(folder);
    writeFileSync(join(folder, 'harbour.txt'), undated);
    const received: StoredArticle[] = [];
    const watcher = watchDirectory(folder, {
      store,
      logger: silentLogger(),
      onArticle: (a) => void received.push(a),
      rescanMs: 0,
      useFsWatch: false,
      initialScan: false,
    });
    try {
      await watcher.rescan();
      expect(received.at(-1)!.parsed.publishedAt).toBeNull();
      writeFileSync(join(folder, 'harbour.meta.json'), '{"publishedAt": "2025-03-05"}');
      await watcher.rescan();
      expect(received.at(-1)!.parsed.publishedAt).toBe('2025-03-05');
    } finally {
      await watcher.close();
    }
  });
});
