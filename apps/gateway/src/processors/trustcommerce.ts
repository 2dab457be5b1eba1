/**
 * TrustCommerce (TCLink): preauth / sale, postauth (capture) and credit (refund) by transid. The
 * gateway never needs the card again, so TrustCommerce transactions keep no card data at all.
 * Guide 2.5 has no void: a void of an open preauth is recorded here only (the hold lapses at the
 * issuer, no postauth is ever sent); a void of a captured sale is a credit of what is left.
 */

import type { TcLinkRequest } from '@paywire/tclink';
import { createTcLinkClient, type TcLinkClient, type TcLinkResult } from '@paywire/tclink';
import type { TrustCommerceMerchantConfig } from '../config.js';
import { fromClientError, GatewayErrorCode, gatewayError } from '../errors.js';
import type { TransactionRecord } from '../store/types.js';
import { checkCapturable, checkRefundable, checkVoidable, refundRecord, saveRecord } from './lifecycle.js';
import {
  type AdapterContext,
  type AuthorizeInput,
  blankRecord,
  type CardProcessorAdapter,
  maskCard,
} from './types.js';

type WithoutLogin<T> = T extends unknown ? Omit<T, 'custId' | 'password'> : never;

export function createTrustCommerceAdapter(
  ctx: AdapterContext,
  config: TrustCommerceMerchantConfig['trustcommerce'],
): CardProcessorAdapter {
  const { demo, ...options } = config;
  const client: TcLinkClient = createTcLinkClient(options as Parameters<typeof createTcLinkClient>[0]);

  async function send(what: string, request: WithoutLogin<TcLinkRequest>): Promise<TcLinkResult> {
    let r: TcLinkResult;
    try {
      r = await client.send({ ...(demo ? { demo: true } : {}), ...request } as Parameters<
        TcLinkClient['send']
      >[0]);
    } catch (e) {
      throw fromClientError(e, `TrustCommerce ${what}`);
    }
    if (r.status === 'baddata')
      throw gatewayError(
        705,
        `TrustCommerce refused the ${what} as baddata: ${r.error ?? ''} ${(r.offenders ?? []).join(',')}`.trim(),
        {
          status: 400,
          ...(r.offenders?.[0] === undefined ? {} : { field: r.offenders[0] }),
        },
      );
    return r;
  }

  function refused(what: string, r: TcLinkResult): never {
    throw gatewayError(
      GatewayErrorCode.PROCESSOR_DECLINED,
      `TrustCommerce refused the ${what}: ${r.status} ${r.declineType ?? r.error ?? ''}`.trim(),
    );
  }

  const update = (record: TransactionRecord) => saveRecord(ctx, record);

  async function credit(record: TransactionRecord, amount: number): Promise<TransactionRecord> {
    const r = await send('credit', { action: 'credit', transId: record.processorReference ?? '', amount });
    if (!r.ok) refused('credit', r);
    const refund = refundRecord(ctx, record, amount, {
      processor: 'trustcommerce',
      responseCode: r.status ?? null,
      processorReference: r.transId ?? null,
    });
    await ctx.store.insertTransaction(refund);
    return refund;
  }

  return {
    processor: 'trustcommerce',

    async authorize(input: AuthorizeInput) {
      const c = input.card;
      const account =
        c.track !== undefined
          ? { track1: c.track }
          : {
              cc: (c.number ?? '').replace(/[\s-]/g, ''),
              exp: String(c.expMonth ?? 0).padStart(2, '0') + String((c.expYear ?? 0) % 100).padStart(2, '0'),
              ...(c.cvv === undefined ? {} : { cvv: c.cvv }),
            };
      const r = await send(input.capture ? 'sale' : 'preauth', {
        action: input.capture ? 'sale' : 'preauth',
        amount: input.amount,
        ...account,
        ...(input.avs === undefined
          ? {}
          : {
              avs: true,
              zip: input.avs.zip,
              ...(input.avs.street === undefined ? {} : { address1: input.avs.street }),
            }),
        ...(input.orderId === undefined ? {} : { ticket: input.orderId }),
      });
      const approved = r.status === 'approved';
      const pan = c.number ?? '';
      const record = blankRecord(ctx, {
        processor: 'trustcommerce',
        kind: 'payment',
        operation: input.capture ? 'sale' : 'authorize',
        status: !approved ? 'declined' : input.capture ? 'captured' : 'authorized',
        amount: input.amount,
        approvedAmount: approved ? input.amount : 0,
        capturedAmount: approved && input.capture ? input.amount : 0,
        cardMasked: pan === '' ? null : maskCard(pan),
        responseCode: r.status ?? null,
        responseText: r.declineType ?? r.error ?? null,
        processorReference: r.transId ?? null,
        data: {
          trustcommerce: {
            ...(r.avs === undefined ? {} : { avsResult: r.avs }),
            ...(r.cvv === undefined ? {} : { cvvResult: r.cvv }),
          },
        },
      });
      await ctx.store.insertTransaction(record);
      return record;
    },

    async capture(record, amount) {
      checkCapturable(record);
      const r = await send('postauth', {
        action: 'postauth',
        transId: record.processorReference ?? '',
        amount,
      });
      if (!r.ok) refused('postauth', r);
      record.status = 'captured';
      record.capturedAmount = amount;
      record.data = { ...record.data, postauthTransId: r.transId };
      return update(record);
    },

    async refund(record, amount) {
      checkRefundable(record);
      record.refundedAmount += amount;
      await update(record);
      return credit({ ...record, processorReference: creditTarget(record) }, amount);
    },

    async void(record) {
      checkVoidable(record);
      if (record.status === 'captured') {
        const left = record.capturedAmount - record.refundedAmount;
        if (left > 0) {
          await credit({ ...record, processorReference: creditTarget(record) }, left);
          record.refundedAmount += left;
        }
      }
      record.status = 'voided';
      return update(record);
    },

    async close() {},
  };
}

/** A credit names the sale, or the postauth of a preauth. */
function creditTarget(record: TransactionRecord): string {
  const p = record.data.postauthTransId;
  return typeof p === 'string' ? p : (record.processorReference ?? '');
}
