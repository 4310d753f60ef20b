/** A local web site on 127.0.0.1 and a fresh SQLite store in a temp folder, for feed and watcher tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export interface LocalSite {
  /** http://HOST:PORT */
  base: string;
  /** The temp folder holding the store; removed by close(). */
  dir: string;
  store: Store;
  close(): Promise<void>;
}

/** Serves `respond` on a free port of `host` and opens a migrated store in a new temp folder. */
export async function openLocalSite(respond: RequestListener, prefix: string, host = '127.0.0.1'): Promise<LocalSite> {
  const server = createServer(respond);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = createSqliteStore(join(dir, 'store.db'));
  await store.migrate();
  return {
    base: `http://${host}:${(server.address() as AddressInfo).port}`,
    dir,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
