// The database a server test runs on: the embedded PGlite by default, or, when INNSYN_TEST_DATABASE_URL names a
// PostgreSQL server (as `.ci/run` sets up), a fresh database created on it for this test and dropped afterwards.
import pg from 'pg';

export interface TestDatabase {
  /** Undefined for the embedded database. */
  databaseUrl?: string;
  drop(): Promise<void>;
}

export const POSTGRES_URL = process.env.INNSYN_TEST_DATABASE_URL || undefined;

export const backendName = POSTGRES_URL ? 'PostgreSQL' : 'PGlite';

export async function testDatabase(): Promise<TestDatabase> {
  if (!POSTGRES_URL) return { drop: async () => {} };
  const name = `innsyn_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.href,
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
