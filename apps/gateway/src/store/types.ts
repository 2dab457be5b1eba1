/**
 * The storage interface of the gateway. Two implementations: SQLite in a local file (default, one
 * gateway process) and PostgreSQL (several gateway instances behind a load balancer). Both keep
 * the same three things: idempotency keys with their answers, transactions (authorizations,
 * refunds, gift operations) and TSYS settlement batches, plus small counters (sequence and batch
 * numbers).
 */

export type Processor = 'tsys' | 'paymentech' | 'trustcommerce' | 'gift';

export type TransactionKind = 'payment' | 'refund' | 'gift';

/**
 * payment: `authorized` → `captured` → `settled` (TSYS, after the batch is accepted) or `voided`;
 * `declined` when the processor said no. refund: `captured` → `settled` (TSYS) or `captured`
 * (host-capture processors). gift: `approved`, `declined`, `voided`.
 */
export type TransactionStatus = 'authorized' | 'captured' | 'settled' | 'voided' | 'declined' | 'approved';

export interface TransactionRecord {
  id: string;
  merchantId: string;
  processor: Processor;
  kind: TransactionKind;
  /** `authorize`, `sale`, `refund`, `gift-activate`, `gift-redeem`, ... */
  operation: string;
  status: TransactionStatus;
  /** The payment a refund belongs to. */
  parentId: string | null;
  /** Minor units requested. */
  amount: number;
  approvedAmount: number;
  capturedAmount: number;
  refundedAmount: number;
  /** First 6 / last 4. */
  cardMasked: string | null;
  approvalCode: string | null;
  responseCode: string | null;
  responseText: string | null;
  /** Processor's id: TSYS transaction identifier, Paymentech retrieval number, TrustCommerce transid, gift transaction number. */
  processorReference: string | null;
  /** TSYS: the batch the item went out in. */
  batchId: string | null;
  /** Encrypted card data still needed (see README); null once it is not. */
  cardSecret: string | null;
  /** Processor data needed for follow-ups, never card data. */
  data: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: `updateTransaction` only succeeds on the version it read. */
  version: number;
}

export type BatchStatus = 'closing' | 'closed' | 'rejected';

export interface BatchRecord {
  id: string;
  merchantId: string;
  /** 001-999. */
  batchNumber: string;
  /** MMDD of the first transmission (a resend keeps it). */
  transmissionDate: string;
  status: BatchStatus;
  itemIds: string[];
  /** The host's answer, masked, once there is one. */
  result: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

export interface IdempotencyRecord {
  scope: string;
  key: string;
  requestHash: string;
  state: 'pending' | 'completed';
  status: number | null;
  body: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface TransactionFilter {
  processor?: Processor;
  kind?: TransactionKind;
  statuses?: readonly TransactionStatus[];
  /** `null`: not in any batch. */
  batchId?: string | null;
}

export interface GatewayStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates the tables when missing. */
  migrate(): Promise<void>;

  /** Inserts a pending key; false when the key already exists (then read it with `getIdempotency`). */
  claimIdempotency(scope: string, key: string, requestHash: string): Promise<boolean>;
  getIdempotency(scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  completeIdempotency(scope: string, key: string, status: number, body: unknown): Promise<void>;
  /** Forgets a pending key (the request did nothing, so a retry may run it again). */
  releaseIdempotency(scope: string, key: string): Promise<void>;

  insertTransaction(record: TransactionRecord): Promise<void>;
  getTransaction(merchantId: string, id: string): Promise<TransactionRecord | undefined>;
  /** Writes `record` if its `version` is still the stored one; bumps the version. False on a conflict. */
  updateTransaction(record: TransactionRecord): Promise<boolean>;
  listTransactions(merchantId: string, filter?: TransactionFilter): Promise<TransactionRecord[]>;

  /** Next value of a counter, 1..max, wrapping to 1 (atomic). */
  nextCounter(name: string, max: number): Promise<number>;

  /** False when the merchant already has a batch `closing`. */
  insertBatch(batch: BatchRecord): Promise<boolean>;
  getBatch(merchantId: string, id: string): Promise<BatchRecord | undefined>;
  /** The merchant's batch still `closing` (sent, answer not recorded yet). */
  getClosingBatch(merchantId: string): Promise<BatchRecord | undefined>;
  updateBatch(batch: BatchRecord): Promise<void>;

  close(): Promise<void>;
}

export type Row = Record<string, unknown>;

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

function json<T>(v: unknown, fallback: T): T {
  if (v === null || v === undefined) return fallback;
  if (typeof v === 'string') return JSON.parse(v) as T;
  return v as T;
}

export function rowToTransaction(r: Row): TransactionRecord {
  return {
    id: String(r.id),
    merchantId: String(r.merchant_id),
    processor: String(r.processor) as Processor,
    kind: String(r.kind) as TransactionKind,
    operation: String(r.operation),
    status: String(r.status) as TransactionStatus,
    parentId: str(r.parent_id),
    amount: Number(r.amount),
    approvedAmount: Number(r.approved_amount),
    capturedAmount: Number(r.captured_amount),
    refundedAmount: Number(r.refunded_amount),
    cardMasked: str(r.card_masked),
    approvalCode: str(r.approval_code),
    responseCode: str(r.response_code),
    responseText: str(r.response_text),
    processorReference: str(r.processor_reference),
    batchId: str(r.batch_id),
    cardSecret: str(r.card_secret),
    data: json(r.data, {}),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    version: Number(r.version),
  };
}

/** Column values of a transaction in column order (see `TRANSACTION_COLUMNS`). */
export function transactionValues(t: TransactionRecord): (string | number | null)[] {
  return [
    t.id,
    t.merchantId,
    t.processor,
    t.kind,
    t.operation,
    t.status,
    t.parentId,
    t.amount,
    t.approvedAmount,
    t.capturedAmount,
    t.refundedAmount,
    t.cardMasked,
    t.approvalCode,
    t.responseCode,
    t.responseText,
    t.processorReference,
    t.batchId,
    t.cardSecret,
    JSON.stringify(t.data),
    t.createdAt,
    t.updatedAt,
    t.version,
  ];
}

export const TRANSACTION_COLUMNS = [
  'id',
  'merchant_id',
  'processor',
  'kind',
  'operation',
  'status',
  'parent_id',
  'amount',
  'approved_amount',
  'captured_amount',
  'refunded_amount',
  'card_masked',
  'approval_code',
  'response_code',
  'response_text',
  'processor_reference',
  'batch_id',
  'card_secret',
  'data',
  'created_at',
  'updated_at',
  'version',
] as const;

export function rowToBatch(r: Row): BatchRecord {
  return {
    id: String(r.id),
    merchantId: String(r.merchant_id),
    batchNumber: String(r.batch_number),
    transmissionDate: String(r.transmission_date),
    status: String(r.status) as BatchStatus,
    itemIds: json(r.item_ids, [] as string[]),
    result: json(r.result, null),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

export function rowToIdempotency(r: Row): IdempotencyRecord {
  return {
    scope: String(r.scope),
    key: String(r.key),
    requestHash: String(r.request_hash),
    state: String(r.state) as 'pending' | 'completed',
    status: r.status === null || r.status === undefined ? null : Number(r.status),
    body: json(r.body, null),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

/** Table definitions shared by both dialects (types chosen to mean the same in SQLite and PostgreSQL). */
export function schemaStatements(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT NOT NULL,
      key TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      state TEXT NOT NULL,
      status INTEGER,
      body TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (scope, key)
    )`,
    `CREATE TABLE IF NOT EXISTS transactions (
      id TEXT PRIMARY KEY,
      merchant_id TEXT NOT NULL,
      processor TEXT NOT NULL,
      kind TEXT NOT NULL,
      operation TEXT NOT NULL,
      status TEXT NOT NULL,
      parent_id TEXT,
      amount BIGINT NOT NULL,
      approved_amount BIGINT NOT NULL,
      captured_amount BIGINT NOT NULL,
      refunded_amount BIGINT NOT NULL,
      card_masked TEXT,
      approval_code TEXT,
      response_code TEXT,
      response_text TEXT,
      processor_reference TEXT,
      batch_id TEXT,
      card_secret TEXT,
      data TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS transactions_merchant ON transactions (merchant_id, status)',
    `CREATE TABLE IF NOT EXISTS batches (
      id TEXT PRIMARY KEY,
      merchant_id TEXT NOT NULL,
      batch_number TEXT NOT NULL,
      transmission_date TEXT NOT NULL,
      status TEXT NOT NULL,
      item_ids TEXT NOT NULL,
      result TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE UNIQUE INDEX IF NOT EXISTS batches_one_closing ON batches (merchant_id) WHERE status = 'closing'`,
    `CREATE TABLE IF NOT EXISTS counters (
      name TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    )`,
  ];
}

export function nowIso(): string {
  return new Date().toISOString();
}
