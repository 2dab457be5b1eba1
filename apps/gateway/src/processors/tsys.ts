/**
 * TSYS: authorization on-line (EIS 1080), capture off-line (terminal capture): a capture only marks
 * the authorization for the next batch, a refund becomes an off-line credit (CR) detail, and the
 * settlement close sends the batch (EIS 1081) built from the stored detail data. A void before
 * settlement is the `59` reversal.
 */

import {
  type AuthorizationRequest,
  type AuthorizationRequestLike,
  type AuthorizationResponse,
  type AuthorizationResponseLike,
  buildBatch,
  type DetailRecord,
  detailFromAuthorization,
  offlineCredit,
} from '@paywire/tsys';
import {
  type AuthorizationInput,
  type AuthorizationResult,
  createTsysClient,
  type TsysClient,
} from '@paywire/tsys-client';
import type { TsysMerchantConfig } from '../config.js';
import { fromClientError, GatewayErrorCode, gatewayError } from '../errors.js';
import { type BatchRecord, nowIso, type TransactionRecord } from '../store/types.js';
import { checkCapturable, checkRefundable, checkVoidable, refundRecord, saveRecord } from './lifecycle.js';
import {
  type AdapterContext,
  type AuthorizeInput,
  blankRecord,
  type CardProcessorAdapter,
  maskCard,
  newId,
  panFromTrack,
} from './types.js';

/** What is kept per TSYS authorization besides the encrypted PAN (no track, CVV, PIN, AVS address). */
interface TsysData {
  /** `detailFromAuthorization` inputs without the PAN. */
  detailRequest: Omit<AuthorizationRequestLike, 'cardholderAccountNumber'>;
  detailResponse: AuthorizationResponseLike;
  /** The request as sent, with track, PIN, CVV, AVS data, Group II/III and the PAN removed (for the reversal). */
  reversalRequest: AuthorizationRequest;
  response: AuthorizationResponse;
  avsResult?: string;
  cvvResult?: string;
}

interface TsysCreditData {
  sequenceNumber: number;
  localTransactionDate: string;
  localTransactionTime: string;
  cardholderIdentificationCode: string;
  accountDataSource: string;
}

export interface SettlementOutcome {
  status: 'accepted' | 'duplicate' | 'rejected' | 'empty';
  batch?: BatchRecord;
  /** Rejected: which record and field, and the transaction it belongs to. */
  rejection?: Record<string, unknown>;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function mmdd(d: Date): string {
  return pad2(d.getMonth() + 1) + pad2(d.getDate());
}

function hhmmss(d: Date): string {
  return pad2(d.getHours()) + pad2(d.getMinutes()) + pad2(d.getSeconds());
}

function panOf(request: AuthorizationRequest): string {
  return request.accountNumber ?? panFromTrack(request.track ?? '');
}

/** The request kept for a reversal: card data removed, the source a reversal of it will carry. */
function reversalRequestOf(request: AuthorizationRequest): AuthorizationRequest {
  const {
    track,
    accountNumber: _a,
    expirationDate: _e,
    pinData: _p,
    cardholderIdentificationData: _c,
    customerDataItem3: _i,
    groupII: _g2,
    groupIII: _g3,
    ...keep
  } = request;
  // buildReversal derives the source from the track; without the track it uses this field.
  const source =
    track !== undefined ? (track.replace(/^%/, '').startsWith('B') ? 'X' : 'T') : keep.accountDataSource;
  return { ...keep, accountDataSource: source, groupIII: [] } as AuthorizationRequest;
}

export function createTsysAdapter(
  ctx: AdapterContext,
  config: TsysMerchantConfig['tsys'],
): CardProcessorAdapter & {
  settle(): Promise<SettlementOutcome>;
} {
  const { settlement, ...clientOptions } = config;
  const client: TsysClient = createTsysClient(clientOptions);
  const seqName = `tsys-sequence:${ctx.merchantId}`;
  const nextSequence = () => ctx.store.nextCounter(seqName, 9999);

  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw fromClientError(e, `TSYS ${what}`);
    }
  }

  function toInput(input: AuthorizeInput): AuthorizationInput {
    const c = input.card;
    if (c.track !== undefined) return { kind: 'swipe', card: { track: c.track }, amount: input.amount };
    return {
      kind: 'keyed',
      card: { pan: c.number ?? '', expMonth: c.expMonth ?? 0, expYear: c.expYear ?? 0 },
      amount: input.amount,
      ...(c.cvv === undefined ? {} : { cvv: c.cvv }),
      ...(input.avs === undefined ? {} : { avs: input.avs }),
    };
  }

  const update = (record: TransactionRecord) => saveRecord(ctx, record);

  function detailOf(t: TransactionRecord): DetailRecord {
    if (t.cardSecret === null)
      throw gatewayError(
        GatewayErrorCode.STORAGE_ERROR,
        `transaction ${t.id} has no card data left to settle`,
      );
    const { pan } = ctx.vault.open(t.id, t.cardSecret);
    if (t.kind === 'refund') {
      const c = t.data.tsys as TsysCreditData;
      return offlineCredit({
        cardholderAccountNumber: pan,
        settlementAmount: t.amount,
        localTransactionDate: c.localTransactionDate,
        localTransactionTime: c.localTransactionTime,
        transactionSequenceNumber: c.sequenceNumber,
        cardholderIdentificationCode: c.cardholderIdentificationCode,
        accountDataSource: c.accountDataSource,
      });
    }
    const d = t.data.tsys as TsysData;
    return detailFromAuthorization({ ...d.detailRequest, cardholderAccountNumber: pan }, d.detailResponse, {
      settlementAmount: t.capturedAmount,
    });
  }

  return {
    processor: 'tsys',

    async authorize(input) {
      const sequenceNumber = await nextSequence();
      const r: AuthorizationResult = await call('authorization', () =>
        client.authorize(toInput(input), { sequenceNumber }),
      );
      const q = r.request;
      const p = r.response;
      const pan = panOf(q);
      const approved = r.approved && r.approvedAmount > 0;
      const record = blankRecord(ctx, {
        processor: 'tsys',
        kind: 'payment',
        operation: input.capture ? 'sale' : 'authorize',
        status: !approved ? 'declined' : input.capture ? 'captured' : 'authorized',
        amount: input.amount,
        approvedAmount: approved ? r.approvedAmount : 0,
        capturedAmount: approved && input.capture ? r.approvedAmount : 0,
        cardMasked: maskCard(pan),
        approvalCode: r.approvalCode.trim() || null,
        responseCode: r.responseCode,
        responseText: r.responseText.trim(),
        processorReference: r.transactionIdentifier?.trim() || null,
      });
      const data: TsysData = {
        detailRequest: {
          transactionCode: q.transactionCode,
          cardholderIdentificationCode: q.cardholderIdentificationCode,
          accountDataSource: q.accountDataSource,
          transactionSequenceNumber: q.transactionSequenceNumber,
          transactionAmount: r.requestedAmount,
          ...(q.requestedAci === undefined ? {} : { requestedAci: q.requestedAci }),
          ...(q.marketSpecificData?.identifier?.trim()
            ? { marketSpecificDataIndicator: q.marketSpecificData.identifier }
            : {}),
        },
        detailResponse: {
          responseCode: p.responseCode,
          approvalCode: p.approvalCode,
          returnedAci: p.returnedAci,
          authorizationSourceCode: p.authorizationSourceCode,
          localTransactionDate: p.localTransactionDate,
          localTransactionTime: p.localTransactionTime,
          avsResultCode: p.avsResultCode,
          ...(p.transactionIdentifier === undefined
            ? {}
            : { transactionIdentifier: p.transactionIdentifier }),
          ...(p.validationCode === undefined ? {} : { validationCode: p.validationCode }),
          transactionSequenceNumber: p.transactionSequenceNumber,
          ...(r.responseCode === '10' ? { authorizedAmount: r.approvedAmount } : {}),
        },
        reversalRequest: reversalRequestOf(q),
        response: p,
        avsResult: r.avsResult,
        ...(r.cvvResult === undefined ? {} : { cvvResult: r.cvvResult }),
      };
      record.data = { tsys: data };
      // The PAN is kept (encrypted) only while the authorization can still be settled or reversed.
      if (approved) record.cardSecret = ctx.vault.seal(record.id, { pan });
      await ctx.store.insertTransaction(record);
      return record;
    },

    async capture(record, amount) {
      checkCapturable(record);
      record.status = 'captured';
      record.capturedAmount = amount;
      return update(record);
    },

    async refund(record, amount) {
      checkRefundable(record, ['captured', 'settled']);
      if (record.cardSecret === null)
        throw gatewayError(
          GatewayErrorCode.NOT_SUPPORTED,
          'the card number of this transaction is no longer kept (settled): refund it with the card',
        );
      const { pan } = ctx.vault.open(record.id, record.cardSecret);
      const d = record.data.tsys as TsysData;
      const now = new Date();
      record.refundedAmount += amount;
      await update(record);
      const refund = refundRecord(ctx, record, amount, { processor: 'tsys' });
      const credit: TsysCreditData = {
        sequenceNumber: await nextSequence(),
        localTransactionDate: mmdd(now),
        localTransactionTime: hhmmss(now),
        cardholderIdentificationCode: d.detailRequest.cardholderIdentificationCode,
        accountDataSource: d.detailRequest.accountDataSource,
      };
      refund.data = { tsys: credit };
      refund.cardSecret = ctx.vault.seal(refund.id, { pan });
      await ctx.store.insertTransaction(refund);
      return refund;
    },

    async void(record) {
      checkVoidable(record);
      if (record.batchId !== null)
        throw gatewayError(
          GatewayErrorCode.INVALID_STATE,
          'the transaction is in a batch being closed; refund it instead',
        );
      if (record.cardSecret === null)
        throw gatewayError(GatewayErrorCode.STORAGE_ERROR, `transaction ${record.id} has no card data left`);
      const d = record.data.tsys as TsysData;
      const { pan } = ctx.vault.open(record.id, record.cardSecret);
      const original = {
        request: { ...d.reversalRequest, accountNumber: pan },
        response: d.response,
        approvedAmount: record.approvedAmount,
        requestedAmount: record.amount,
      } as unknown as AuthorizationResult;
      const sequenceNumber = await nextSequence();
      const r = await call('reversal', () => client.reverse(original, { sequenceNumber }));
      if (!r.approved)
        throw gatewayError(
          GatewayErrorCode.PROCESSOR_DECLINED,
          `TSYS refused the reversal: ${r.responseCode} ${r.responseText.trim()}`,
        );
      record.status = 'voided';
      record.cardSecret = null;
      record.data = { ...record.data, reversal: { responseCode: r.responseCode, sequenceNumber } };
      return update(record);
    },

    /**
     * Closes the merchant's batch: resends a batch whose answer was never recorded (same number:
     * TSYS answers QD if it already has it), otherwise collects every captured item not yet in a
     * batch, records the batch, sends it, and on GB/QD marks the items settled and erases their PANs.
     */
    async settle() {
      let batch = await ctx.store.getClosingBatch(ctx.merchantId);
      let items: TransactionRecord[];
      if (batch !== undefined) {
        items = await ctx.store.listTransactions(ctx.merchantId, { processor: 'tsys', batchId: batch.id });
      } else {
        const open = await ctx.store.listTransactions(ctx.merchantId, {
          processor: 'tsys',
          statuses: ['captured'],
          batchId: null,
        });
        if (open.length === 0) return { status: 'empty' };
        const now = new Date();
        batch = {
          id: newId('bat'),
          merchantId: ctx.merchantId,
          batchNumber: String(await ctx.store.nextCounter(`tsys-batch:${ctx.merchantId}`, 999)).padStart(
            3,
            '0',
          ),
          transmissionDate: mmdd(now),
          status: 'closing',
          itemIds: [],
          result: null,
          createdAt: nowIso(),
          updatedAt: nowIso(),
        };
        if (!(await ctx.store.insertBatch(batch)))
          throw gatewayError(
            GatewayErrorCode.INVALID_STATE,
            'another settlement close of this merchant is running',
          );
        items = [];
        for (const t of open) {
          t.batchId = batch.id;
          if (await ctx.store.updateTransaction(t)) items.push(t);
        }
        batch.itemIds = items.map((t) => t.id);
        await ctx.store.updateBatch(batch);
      }
      const m = clientOptions.merchant;
      const built = buildBatch({
        header: {
          acquirerBin: m.acquirerBin,
          merchantNumber: m.merchantNumber,
          storeNumber: m.storeNumber,
          terminalNumber: m.terminalNumber,
          timeZoneDifferential: m.timeZoneDifferential ?? '705',
          ...settlement.header,
          batchTransmissionDate: batch.transmissionDate,
          batchNumber: batch.batchNumber,
        },
        parameter: {
          merchantCategoryCode: m.merchantCategoryCode,
          merchantName: m.name.toUpperCase(),
          merchantCity: m.city.toUpperCase(),
          merchantState: m.state,
          cityCode: m.zip,
          ...settlement.parameter,
        },
        records: items.map(detailOf),
      });
      const answer = await call('settlement', () => client.settle(built));
      const summary: Record<string, unknown> = { status: answer.status, batchNumber: answer.batchNumber };
      if (answer.status === 'accepted' || answer.status === 'duplicate') {
        summary.recordCount = answer.recordCount;
        summary.netDeposit = answer.netDeposit;
        for (const t of items) {
          t.status = 'settled';
          t.cardSecret = null; // settled: the PAN is no longer needed
          await ctx.store.updateTransaction(t);
        }
        batch.status = 'closed';
        batch.result = summary;
        await ctx.store.updateBatch(batch);
        return { status: answer.status, batch };
      }
      const index = answer.recordIndex - 2; // header, parameter, then the details in item order
      const rejection = {
        recordIndex: answer.recordIndex,
        recordType: answer.recordType,
        field: answer.field,
        fieldNumber: answer.fieldNumber,
        description: answer.description,
        transactionId: items[index]?.id,
      };
      summary.rejection = rejection;
      for (const t of items) {
        t.batchId = null; // back to the open batch: fix (or void) and close again
        await ctx.store.updateTransaction(t);
      }
      batch.status = 'rejected';
      batch.result = summary;
      await ctx.store.updateBatch(batch);
      return { status: 'rejected', batch, rejection };
    },

    close() {
      return client.close();
    },
  };
}
