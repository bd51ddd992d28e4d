// PostgreSQL through node-postgres: a small pool, one client per transaction.
import pg from 'pg';
import type { Database, Queryable } from './database.js';

// Dates stay 'YYYY-MM-DD' strings, as the contract has them, instead of becoming Dates at local midnight.
pg.types.setTypeParser(1082, (value: string) => value);
// bigint counts fit in a double here.
pg.types.setTypeParser(20, (value: string) => Number(value));

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server must not crash the process; the next query reports the problem.
  pool.on('error', (error) => console.error('[database] idle client error:', error.message));
  await pool.query('SELECT 1');
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await target.query(sql, params)).rows as T[];
    },
  });
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      try {
        return (await pool.query(sql, params)).rows as T[];
      } catch (error) {
        // A pooled connection the server ended (restart, failover, an administrator) fails once; a fresh one answers.
        if (!isLostConnection(error)) throw error;
        return (await pool.query(sql, params)).rows as T[];
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The server ended this connection (57P01-57P03) or it broke (08xxx): safe to retry a statement outside a transaction. */
function isLostConnection(error: unknown): boolean {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  return /^(57P0[123]|08)/.test(code) || /Connection terminated/i.test(error instanceof Error ? error.message : '');
}
