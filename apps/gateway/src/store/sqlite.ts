/**
 * The default store: SQLite in one local file through `node-sqlite3-wasm` (SQLite compiled to
 * WebAssembly: no native build, no binary download, and the database is a real file on disk).
 * Suitable for one gateway process; for several instances use the PostgreSQL store.
 */

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { type SqlExecutor, SqlStore } from './sql-store.js';
import type { GatewayStore, Row } from './types.js';

export interface SqliteStoreOptions {
  /** Path of the database file (created when missing). `:memory:` for a throwaway store. */
  file: string;
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<GatewayStore> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new sqlite.Database(options.file);
  // WAL is not available in the WebAssembly VFS; the default rollback journal is durable.
  db.exec('PRAGMA foreign_keys = ON');
  const exec: SqlExecutor = {
    async run(sql, params = []) {
      if (/\bRETURNING\b/i.test(sql)) return db.all(sql, [...params]).length;
      return db.run(sql, [...params]).changes;
    },
    async all(sql, params = []) {
      return db.all(sql, [...params]) as Row[];
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
  const store = new SqlStore('sqlite', exec);
  await store.migrate();
  return store;
}
