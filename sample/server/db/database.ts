// One small interface over the two databases the server runs on: PGlite (PostgreSQL compiled to WebAssembly, embedded,
// persisted to a folder; the default, nothing to install) and a PostgreSQL server through DATABASE_URL (node-postgres).
// Both run the same SQL, so the search, the constraints and the transactions are proven once for both.

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * True when the embedded database could not start on its folder because the disk is full, and a copy in memory is
   * served instead: the server makes it read-only once started, so nothing is accepted that would be lost.
   */
  readonly readOnly?: boolean;
  /** Several statements without parameters (schema set-up). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed (durably) when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL; without it the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; undefined keeps it in memory (tests). */
  dataDir?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
