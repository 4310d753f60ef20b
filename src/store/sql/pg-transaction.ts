/** One PostgreSQL transaction on a connection of its own, shared by the store's writes and the bulk loader. */
import type pg from 'pg';

/**
 * Runs `work` on a pooled connection inside BEGIN/COMMIT; rolls back and rethrows when work throws,
 * and always gives the connection back.
 * @example await inTransaction(pool, (client) => client.query('DELETE FROM articles'));
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
