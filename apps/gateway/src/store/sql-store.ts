/**
 * One implementation of `GatewayStore` over plain SQL that SQLite and PostgreSQL both accept
 * (`ON CONFLICT`, `RETURNING`, partial unique indexes). A dialect gives it an executor; statements
 * are written with `?` placeholders and numbered for PostgreSQL by the executor.
 */

import {
  type BatchRecord,
  type GatewayStore,
  type IdempotencyRecord,
  nowIso,
  type Row,
  rowToBatch,
  rowToIdempotency,
  rowToTransaction,
  schemaStatements,
  TRANSACTION_COLUMNS,
  type TransactionFilter,
  type TransactionRecord,
  transactionValues,
} from './types.js';

export type SqlValue = string | number | null;

export interface SqlExecutor {
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  close(): Promise<void>;
}

const COLS = TRANSACTION_COLUMNS.join(', ');
const MARKS = TRANSACTION_COLUMNS.map(() => '?').join(', ');
const SETS = TRANSACTION_COLUMNS.filter((c) => c !== 'id' && c !== 'version')
  .map((c) => `${c} = ?`)
  .join(', ');

export class SqlStore implements GatewayStore {
  constructor(
    readonly kind: 'sqlite' | 'postgres',
    private readonly db: SqlExecutor,
  ) {}

  async migrate(): Promise<void> {
    for (const s of schemaStatements()) await this.db.run(s);
  }

  async claimIdempotency(scope: string, key: string, requestHash: string): Promise<boolean> {
    const now = nowIso();
    const n = await this.db.run(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, status, body, created_at, updated_at)
       VALUES (?, ?, ?, 'pending', NULL, NULL, ?, ?) ON CONFLICT DO NOTHING`,
      [scope, key, requestHash, now, now],
    );
    return n === 1;
  }

  async getIdempotency(scope: string, key: string): Promise<IdempotencyRecord | undefined> {
    const rows = await this.db.all('SELECT * FROM idempotency_keys WHERE scope = ? AND key = ?', [
      scope,
      key,
    ]);
    return rows[0] === undefined ? undefined : rowToIdempotency(rows[0]);
  }

  async completeIdempotency(scope: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db.run(
      `UPDATE idempotency_keys SET state = 'completed', status = ?, body = ?, updated_at = ? WHERE scope = ? AND key = ?`,
      [status, JSON.stringify(body), nowIso(), scope, key],
    );
  }

  async releaseIdempotency(scope: string, key: string): Promise<void> {
    await this.db.run(`DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND state = 'pending'`, [
      scope,
      key,
    ]);
  }

  async insertTransaction(record: TransactionRecord): Promise<void> {
    await this.db.run(`INSERT INTO transactions (${COLS}) VALUES (${MARKS})`, transactionValues(record));
  }

  async getTransaction(merchantId: string, id: string): Promise<TransactionRecord | undefined> {
    const rows = await this.db.all('SELECT * FROM transactions WHERE merchant_id = ? AND id = ?', [
      merchantId,
      id,
    ]);
    return rows[0] === undefined ? undefined : rowToTransaction(rows[0]);
  }

  async updateTransaction(record: TransactionRecord): Promise<boolean> {
    const values = transactionValues({ ...record, updatedAt: nowIso() });
    // Column order: id first, version last; SET takes everything in between.
    const sets = values.slice(1, -1);
    const n = await this.db.run(`UPDATE transactions SET ${SETS}, version = ? WHERE id = ? AND version = ?`, [
      ...sets,
      record.version + 1,
      record.id,
      record.version,
    ]);
    if (n === 1) record.version += 1;
    return n === 1;
  }

  async listTransactions(merchantId: string, filter: TransactionFilter = {}): Promise<TransactionRecord[]> {
    const where = ['merchant_id = ?'];
    const params: SqlValue[] = [merchantId];
    if (filter.processor !== undefined) {
      where.push('processor = ?');
      params.push(filter.processor);
    }
    if (filter.kind !== undefined) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    if (filter.statuses !== undefined && filter.statuses.length > 0) {
      where.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
      params.push(...filter.statuses);
    }
    if (filter.batchId === null) where.push('batch_id IS NULL');
    else if (filter.batchId !== undefined) {
      where.push('batch_id = ?');
      params.push(filter.batchId);
    }
    const rows = await this.db.all(
      `SELECT * FROM transactions WHERE ${where.join(' AND ')} ORDER BY created_at, id`,
      params,
    );
    return rows.map(rowToTransaction);
  }

  async nextCounter(name: string, max: number): Promise<number> {
    await this.db.run('INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT DO NOTHING', [name]);
    const rows = await this.db.all(
      'UPDATE counters SET value = (value % ?) + 1 WHERE name = ? RETURNING value',
      [max, name],
    );
    return Number(rows[0]?.value);
  }

  async insertBatch(b: BatchRecord): Promise<boolean> {
    const n = await this.db.run(
      `INSERT INTO batches (id, merchant_id, batch_number, transmission_date, status, item_ids, result, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [
        b.id,
        b.merchantId,
        b.batchNumber,
        b.transmissionDate,
        b.status,
        JSON.stringify(b.itemIds),
        b.result === null ? null : JSON.stringify(b.result),
        b.createdAt,
        b.updatedAt,
      ],
    );
    return n === 1;
  }

  async getBatch(merchantId: string, id: string): Promise<BatchRecord | undefined> {
    const rows = await this.db.all('SELECT * FROM batches WHERE merchant_id = ? AND id = ?', [
      merchantId,
      id,
    ]);
    return rows[0] === undefined ? undefined : rowToBatch(rows[0]);
  }

  async getClosingBatch(merchantId: string): Promise<BatchRecord | undefined> {
    const rows = await this.db.all(`SELECT * FROM batches WHERE merchant_id = ? AND status = 'closing'`, [
      merchantId,
    ]);
    return rows[0] === undefined ? undefined : rowToBatch(rows[0]);
  }

  async updateBatch(b: BatchRecord): Promise<void> {
    await this.db.run(
      `UPDATE batches SET status = ?, item_ids = ?, result = ?, updated_at = ? WHERE id = ?`,
      [
        b.status,
        JSON.stringify(b.itemIds),
        b.result === null ? null : JSON.stringify(b.result),
        nowIso(),
        b.id,
      ],
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
