/**
 * A separate process for the SQLite race test: opens the shared file, migrates, claims every slot
 * it is given from a shared start instant, prints how many it won.
 */
import { createSqliteStore } from '../../src/store/sqlite-store.js';

const [path, name, count, startAt] = process.argv.slice(2);
const store = createSqliteStore(path!);
await store.migrate();
// Start claiming together with the other processes, so the claims really overlap.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
let won = 0;
const total = Number(count);
// Each process walks the slots from its own offset, so they collide all along the way.
const offset = Number(name!.replace(/\D/g, '')) * Math.floor(total / 3);
for (let k = 0; k < total; k++) {
  const i = (k + offset) % total;
  const slot = new Date(Date.UTC(2026, 2, 29, 6, 30) + i * 60_000).toISOString();
  if (await store.claimDelivery('s1', slot, name!, false)) won++;
}
await store.close();
process.stdout.write(JSON.stringify({ won }));
