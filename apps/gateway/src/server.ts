/**
 * The HTTP JSON service (fastify 5). Routes per merchant:
 *
 *   POST /v1/merchants/:merchantId/payments                 authorize (or sale with capture: true)
 *   GET  /v1/merchants/:merchantId/payments/:id
 *   POST /v1/merchants/:merchantId/payments/:id/capture     { amount? }
 *   POST /v1/merchants/:merchantId/payments/:id/refund      { amount? }
 *   POST /v1/merchants/:merchantId/payments/:id/void
 *   POST /v1/merchants/:merchantId/gift/activate|balance|redeem|reload
 *   POST /v1/merchants/:merchantId/gift/:id/void            { card }
 *   POST /v1/merchants/:merchantId/settlement/close         TSYS batch close
 *   GET  /v1/merchants/:merchantId/batches/:id
 *
 * Every POST takes an `Idempotency-Key` header. Errors are `{ error: { code, name, family,
 * message, field?, outcome?, upstream? } }`.
 */

import { timingSafeEqual } from 'node:crypto';
import { ErrorCode, isPaywireError, maskPansInText } from '@paywire/core';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type CardVault, createCardVault } from './card-vault.js';
import type { GatewayConfig, MerchantConfig } from './config.js';
import { validateConfig } from './config.js';
import { type GatewayError, GatewayErrorCode, gatewayError, isGatewayError } from './errors.js';
import { type ApiAnswer, runIdempotent } from './idempotency.js';
import {
  createGiftAdapter,
  type GiftAdapter,
  type GiftCardInput,
  type GiftOperation,
} from './processors/gift.js';
import { createPaymentechAdapter } from './processors/paymentech.js';
import { createTrustCommerceAdapter } from './processors/trustcommerce.js';
import { createTsysAdapter, type SettlementOutcome } from './processors/tsys.js';
import type { AdapterContext, AuthorizeInput, CardProcessorAdapter } from './processors/types.js';
import { openPostgresStore } from './store/postgres.js';
import { openSqliteStore } from './store/sqlite.js';
import type { GatewayStore, TransactionRecord } from './store/types.js';
import { batchView, transactionView } from './view.js';

export interface GatewayOptions {
  config: GatewayConfig;
  /** A store opened by the caller (default: opened from `config.storage`, closed with the gateway). */
  store?: GatewayStore;
  /** Where log lines go (JSON, one per line); default: no logging. Card data is never logged. */
  log?: { level?: 'debug' | 'info' | 'warn' | 'error'; write(line: string): void };
}

export interface Gateway {
  readonly app: FastifyInstance;
  readonly store: GatewayStore;
  /** Listens on `config.listen` (default 127.0.0.1, an ephemeral port); returns the base URL. */
  listen(): Promise<string>;
  /** Stops accepting requests, waits for those running, closes the clients and the store. */
  close(): Promise<void>;
}

export async function openStore(config: GatewayConfig): Promise<GatewayStore> {
  const s = config.storage;
  return s.kind === 'postgres' ? openPostgresStore(s) : openSqliteStore({ file: s.file });
}

type TsysAdapter = ReturnType<typeof createTsysAdapter>;

const AMOUNT = { type: 'integer', minimum: 1, maximum: 99_999_999 } as const;
const CARD = {
  type: 'object',
  additionalProperties: false,
  properties: {
    number: { type: 'string', pattern: '^[0-9 -]{12,23}$' },
    expMonth: { type: 'integer', minimum: 1, maximum: 12 },
    expYear: { type: 'integer', minimum: 0, maximum: 2099 },
    cvv: { type: 'string', pattern: '^[0-9]{3,4}$' },
    track: { type: 'string', minLength: 10, maxLength: 107 },
  },
} as const;
const GIFT_CARD = {
  type: 'object',
  additionalProperties: false,
  required: ['number'],
  properties: {
    number: { type: 'string', pattern: '^[0-9]{12,19}$' },
    scv: { type: 'string', pattern: '^[0-9]{3,8}$' },
  },
} as const;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Any failure as the API's JSON answer; card numbers masked in every message. */
export function errorAnswer(e: unknown): ApiAnswer {
  if (isGatewayError(e)) return { status: e.status, body: e.body() };
  const fe = e as { validation?: unknown; statusCode?: number; message?: string; code?: string };
  if (fe?.validation !== undefined || (fe?.statusCode !== undefined && fe.statusCode < 500)) {
    const err = gatewayError(ErrorCode.INVALID_ARGUMENT, `invalid request: ${fe.message ?? ''}`, {
      status: fe.statusCode ?? 400,
    });
    return { status: err.status, body: err.body() };
  }
  if (isPaywireError(e)) {
    const err = gatewayError(e.code, maskPansInText(e.message), {
      status: 400,
      ...(e.field === undefined ? {} : { field: e.field }),
    });
    return { status: 400, body: err.body() };
  }
  const err = gatewayError(GatewayErrorCode.STORAGE_ERROR, 'internal gateway error');
  return { status: 500, body: err.body() };
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config } = options;
  validateConfig(config);
  const vault: CardVault = createCardVault(config.cardDataKey ?? process.env.PAYWIRE_CARD_DATA_KEY);
  const store = options.store ?? (await openStore(config));
  const ownStore = options.store === undefined;
  const waitMs = config.idempotencyWaitMs ?? 5_000;

  const cards = new Map<string, CardProcessorAdapter>();
  const gifts = new Map<string, GiftAdapter>();
  const locks = new Map<string, Promise<unknown>>();

  function merchantConfig(id: string): MerchantConfig {
    const m = Object.hasOwn(config.merchants, id) ? config.merchants[id] : undefined;
    if (m === undefined) throw gatewayError(GatewayErrorCode.UNKNOWN_MERCHANT, `no merchant '${id}'`);
    return m;
  }

  function context(merchantId: string): AdapterContext {
    return { merchantId, store, vault };
  }

  function cardAdapter(merchantId: string): CardProcessorAdapter {
    const m = merchantConfig(merchantId);
    let a = cards.get(merchantId);
    if (a !== undefined) return a;
    switch (m.processor) {
      case 'tsys':
        a = createTsysAdapter(context(merchantId), m.tsys);
        break;
      case 'paymentech':
        a = createPaymentechAdapter(context(merchantId), m.paymentech);
        break;
      case 'trustcommerce':
        a = createTrustCommerceAdapter(context(merchantId), m.trustcommerce);
        break;
      default:
        throw gatewayError(GatewayErrorCode.NOT_SUPPORTED, `merchant '${merchantId}' has no card processor`);
    }
    cards.set(merchantId, a);
    return a;
  }

  function giftAdapter(merchantId: string): GiftAdapter {
    const m = merchantConfig(merchantId);
    let g = gifts.get(merchantId);
    if (g !== undefined) return g;
    if (m.gift === undefined)
      throw gatewayError(GatewayErrorCode.NOT_SUPPORTED, `merchant '${merchantId}' has no gift card program`);
    g = createGiftAdapter(context(merchantId), m.gift);
    gifts.set(merchantId, g);
    return g;
  }

  /** One follow-up at a time per transaction within this process (the store's versions guard across processes). */
  async function locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const before = locks.get(id) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const tail = run.catch(() => undefined);
    locks.set(id, tail);
    try {
      return await run;
    } finally {
      if (locks.get(id) === tail) locks.delete(id);
    }
  }

  async function load(merchantId: string, id: string): Promise<TransactionRecord> {
    const t = await store.getTransaction(merchantId, id);
    if (t === undefined) throw gatewayError(GatewayErrorCode.TRANSACTION_NOT_FOUND, `no transaction '${id}'`);
    return t;
  }

  function authenticate(req: FastifyRequest, merchantId: string): void {
    const keys = merchantConfig(merchantId).apiKeys;
    if (keys === undefined || keys.length === 0) return;
    const h = req.headers.authorization ?? '';
    const token = h.startsWith('Bearer ') ? h.slice(7) : '';
    if (!keys.some((k) => safeEqual(k, token)))
      throw gatewayError(
        GatewayErrorCode.UNAUTHORIZED,
        'missing or wrong API key (Authorization: Bearer ...)',
      );
  }

  const app = Fastify({
    logger:
      options.log === undefined
        ? false
        : {
            level: options.log.level ?? 'info',
            stream: { write: (line: string) => options.log?.write(line) },
            // Request logs carry method, URL and address only: bodies (card data) are never logged.
            redact: ['req.headers.authorization', 'req.headers["idempotency-key"]'],
          },
    bodyLimit: 64 * 1024,
    // The clients' own timeouts bound every request; this is the outer limit.
    requestTimeout: 120_000,
  });

  app.setErrorHandler((error, req, reply) => {
    const a = errorAnswer(error);
    if (a.status >= 500)
      req.log.error({ code: (a.body as { error: { code: number } }).error.code }, 'request failed');
    void reply.code(a.status).send(a.body);
  });
  app.setNotFoundHandler((_req, reply) => {
    const err = gatewayError(GatewayErrorCode.TRANSACTION_NOT_FOUND, 'no such route', { status: 404 });
    void reply.code(404).send(err.body());
  });

  /** Authenticates, then runs `fn` under the request's idempotency key and sends its answer. */
  async function handle(
    req: FastifyRequest,
    reply: FastifyReply,
    fn: (merchantId: string) => Promise<ApiAnswer>,
  ): Promise<FastifyReply> {
    const { merchantId } = req.params as { merchantId: string };
    let answer: ApiAnswer;
    try {
      merchantConfig(merchantId);
      authenticate(req, merchantId);
      const key = req.headers['idempotency-key'];
      answer = await runIdempotent(
        store,
        vault,
        merchantId,
        req.method === 'POST' ? (Array.isArray(key) ? key[0] : key) : undefined,
        { method: req.method, route: req.url.split('?')[0] ?? req.url, body: req.body },
        waitMs,
        async () => {
          try {
            return await fn(merchantId);
          } catch (e) {
            return errorAnswer(e);
          }
        },
      );
    } catch (e) {
      answer = errorAnswer(e);
    }
    if (answer.replayed) void reply.header('idempotent-replayed', 'true');
    return reply.code(answer.status).send(answer.body);
  }

  app.get('/health', async () => ({ ok: true, storage: store.kind }));

  app.post(
    '/v1/merchants/:merchantId/payments',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['amount', 'card'],
          properties: {
            amount: AMOUNT,
            capture: { type: 'boolean' },
            card: CARD,
            avs: {
              type: 'object',
              additionalProperties: false,
              required: ['zip'],
              properties: {
                street: { type: 'string', maxLength: 40 },
                zip: { type: 'string', maxLength: 10 },
              },
            },
            orderId: { type: 'string', maxLength: 16 },
          },
        },
      },
    },
    (req, reply) =>
      handle(req, reply, async (merchantId) => {
        const body = req.body as Omit<AuthorizeInput, 'capture'> & { capture?: boolean };
        const c = body.card;
        if (
          c.track === undefined &&
          (c.number === undefined || c.expMonth === undefined || c.expYear === undefined)
        )
          throw gatewayError(ErrorCode.MISSING_VALUE, 'card needs number, expMonth and expYear, or track', {
            field: 'card',
            status: 400,
          });
        const record = await cardAdapter(merchantId).authorize({ ...body, capture: body.capture ?? false });
        return { status: 201, body: transactionView(record) };
      }),
  );

  app.get('/v1/merchants/:merchantId/payments/:id', (req, reply) =>
    handle(req, reply, async (merchantId) => {
      const { id } = req.params as { id: string };
      return { status: 200, body: transactionView(await load(merchantId, id)) };
    }),
  );

  const amountBody = {
    schema: {
      body: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: { amount: AMOUNT },
      },
    },
  };

  app.post('/v1/merchants/:merchantId/payments/:id/capture', amountBody, (req, reply) =>
    handle(req, reply, async (merchantId) => {
      const { id } = req.params as { id: string };
      const amount = (req.body as { amount?: number } | null)?.amount;
      return locked(id, async () => {
        const t = await load(merchantId, id);
        const a = amount ?? t.approvedAmount;
        if (a > t.approvedAmount)
          throw gatewayError(
            ErrorCode.OUT_OF_RANGE,
            `capture amount ${a} exceeds the approved ${t.approvedAmount}`,
            {
              field: 'amount',
              status: 422,
            },
          );
        return { status: 200, body: transactionView(await cardAdapter(merchantId).capture(t, a)) };
      });
    }),
  );

  app.post('/v1/merchants/:merchantId/payments/:id/refund', amountBody, (req, reply) =>
    handle(req, reply, async (merchantId) => {
      const { id } = req.params as { id: string };
      const amount = (req.body as { amount?: number } | null)?.amount;
      return locked(id, async () => {
        const t = await load(merchantId, id);
        const left = t.capturedAmount - t.refundedAmount;
        const a = amount ?? left;
        if (t.kind !== 'payment')
          throw gatewayError(GatewayErrorCode.INVALID_STATE, `a ${t.kind} cannot be refunded`);
        if (a > left || a <= 0)
          throw gatewayError(ErrorCode.OUT_OF_RANGE, `refund amount ${a}: ${left} is left to refund`, {
            field: 'amount',
            status: 422,
          });
        const refund = await cardAdapter(merchantId).refund(t, a);
        return { status: 201, body: transactionView(refund) };
      });
    }),
  );

  app.post('/v1/merchants/:merchantId/payments/:id/void', (req, reply) =>
    handle(req, reply, async (merchantId) => {
      const { id } = req.params as { id: string };
      return locked(id, async () => {
        const t = await load(merchantId, id);
        return { status: 200, body: transactionView(await cardAdapter(merchantId).void(t)) };
      });
    }),
  );

  app.post(
    '/v1/merchants/:merchantId/gift/:operation',
    {
      schema: {
        params: {
          type: 'object',
          properties: {
            merchantId: { type: 'string' },
            operation: { type: 'string', enum: ['activate', 'balance', 'redeem', 'reload'] },
          },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['card'],
          properties: { card: GIFT_CARD, amount: AMOUNT, partial: { type: 'boolean' } },
        },
      },
    },
    (req, reply) =>
      handle(req, reply, async (merchantId) => {
        const { operation } = req.params as { operation: GiftOperation };
        const body = req.body as { card: GiftCardInput; amount?: number; partial?: boolean };
        if ((operation === 'redeem' || operation === 'reload') && body.amount === undefined)
          throw gatewayError(ErrorCode.MISSING_VALUE, `${operation} needs an amount`, {
            field: 'amount',
            status: 400,
          });
        const { record, result } = await giftAdapter(merchantId).run(operation, body);
        if (record === undefined) return { status: 200, body: { operation: `gift-${operation}`, ...result } };
        return { status: 201, body: transactionView(record) };
      }),
  );

  app.post(
    '/v1/merchants/:merchantId/gift/:id/void',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['card'],
          properties: { card: GIFT_CARD },
        },
      },
    },
    (req, reply) =>
      handle(req, reply, async (merchantId) => {
        const { id } = req.params as { id: string };
        const { card } = req.body as { card: GiftCardInput };
        return locked(id, async () => {
          const t = await load(merchantId, id);
          const { record, result } = await giftAdapter(merchantId).void(t, card);
          return { status: 200, body: { ...transactionView(record), balance: result.balance } };
        });
      }),
  );

  app.post('/v1/merchants/:merchantId/settlement/close', (req, reply) =>
    handle(req, reply, async (merchantId) => {
      const adapter = cardAdapter(merchantId);
      if (adapter.processor !== 'tsys')
        throw gatewayError(
          GatewayErrorCode.NOT_SUPPORTED,
          `${adapter.processor} captures on the host and settles by itself: there is no batch to close`,
        );
      return locked(`settle:${merchantId}`, async () => {
        const out: SettlementOutcome = await (adapter as TsysAdapter).settle();
        return {
          status: 200,
          body: {
            status: out.status,
            ...(out.batch === undefined ? {} : { batch: batchView(out.batch) }),
            ...(out.rejection === undefined ? {} : { rejection: out.rejection }),
          },
        };
      });
    }),
  );

  app.get('/v1/merchants/:merchantId/batches/:id', (req, reply) =>
    handle(req, reply, async (merchantId) => {
      const { id } = req.params as { id: string };
      const b = await store.getBatch(merchantId, id);
      if (b === undefined) throw gatewayError(GatewayErrorCode.TRANSACTION_NOT_FOUND, `no batch '${id}'`);
      return { status: 200, body: batchView(b) };
    }),
  );

  let closed = false;
  return {
    app,
    store,
    async listen() {
      return app.listen({ host: config.listen?.host ?? '127.0.0.1', port: config.listen?.port ?? 0 });
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await Promise.allSettled([...cards.values(), ...gifts.values()].map((a) => a.close()));
      if (ownStore) await store.close();
    },
  };
}

export type { GatewayError };
