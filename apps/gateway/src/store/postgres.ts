/**
 * The PostgreSQL store, for several gateway instances behind a load balancer: every instance opens
 * the same database, idempotency keys and batch closing are decided by the database (unique keys,
 * `ON CONFLICT`), transactions use optimistic versions and counters are single-statement updates.
 */

import pg from 'pg';
import { type SqlExecutor, SqlStore } from './sql-store.js';
import type { GatewayStore, Row } from './types.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/db` */
  connectionString?: string;
  /** Or a pg `PoolConfig`. */
  pool?: pg.PoolConfig;
}

/** `?` placeholders to `$1`, `$2`, ... (the statements contain no `?` in literals). */
export function numberPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<GatewayStore> {
  const pool = new pg.Pool({
    ...(options.pool ?? {}),
    ...(options.connectionString === undefined ? {} : { connectionString: options.connectionString }),
  });
  const exec: SqlExecutor = {
    async run(sql, params = []) {
      const r = await pool.query(numberPlaceholders(sql), [...params]);
      return r.rowCount ?? 0;
    },
    async all(sql, params = []) {
      const r = await pool.query(numberPlaceholders(sql), [...params]);
      return r.rows as Row[];
    },
    async close() {
      await pool.end();
    },
  };
  const store = new SqlStore('postgres', exec);
  await store.migrate();
  return store;
}
