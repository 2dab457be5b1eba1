// TSYS: a retail and healthcare day on one terminal, then its settlement batch.
// Authorizations go over the interleaved TLS socket (application type 4, or the HTTPS gateway when
// configured); the batch goes record by record and must come back GB (accepted).

import { parseTrack1, parseTrack2 } from '@paywire/core';
import {
  type AuthorizationRequestLike,
  addGratuity,
  buildBatch,
  buildHealthcareMemberData,
  type DetailRecord,
  detailFromAuthorization,
  forceSale,
  type MerchantProfile,
  offlineCredit,
  setHealthcare,
} from '@paywire/tsys';
import {
  type AuthorizationResult,
  createTsysClient,
  type PacketEvent,
  type TransportOptions,
} from '@paywire/tsys-client';
import type { KindName } from '../packets.js';
import { money, type Step, type Transcript } from '../runner.js';

export interface TsysCards {
  /** Track 2 of the card swiped at the counter. */
  retailTrack: string;
  /** The card keyed for the web order. */
  keyed: { pan: string; expMonth: number; expYear: number; cvv: string };
  /** AVS data of the web order. */
  avs: { street: string; zip: string };
  /** Track 2 of the FSA/HSA card. */
  healthcareTrack: string;
  /** The card refunded off-line and the card of the voice-authorized force. */
  creditPan: string;
  forcePan: string;
}

export interface TsysTarget {
  transport: TransportOptions;
  merchant: Omit<MerchantProfile, 'applicationType'>;
  cards: TsysCards;
  /** 3 digits. */
  batchNumber: string;
  /** Voice approval code of the force. */
  forceApprovalCode: string;
  timeoutMs: number;
}

const PACKET_KINDS: Partial<Record<PacketEvent['kind'], KindName>> = {
  'auth-request': 'tsys-auth-request',
  'auth-response': 'tsys-auth-response',
  'settlement-record': 'tsys-settlement-request',
  'batch-response': 'tsys-settlement-response',
};

function onPacket(t: Transcript) {
  return (e: PacketEvent) => {
    const kind = PACKET_KINDS[e.kind];
    if (kind !== undefined) t.packet(e.direction, kind, e.bytes);
    else if (e.kind === 'greeting' || e.kind === 'control') t.raw(e.direction, `${e.kind} ${e.text}`);
    else t.raw(e.direction, `${e.kind} (${e.bytes.length} B)`);
  };
}

function panOf(r: AuthorizationResult): string {
  const req = r.request;
  if (req.accountNumber) return req.accountNumber;
  const track = req.track ?? '';
  return (track.includes('^') ? parseTrack1(track) : parseTrack2(track)).pan;
}

/** What a detail record needs from an approved authorization. */
function detailOf(r: AuthorizationResult): DetailRecord {
  const q = r.request;
  const request: AuthorizationRequestLike = {
    transactionCode: q.transactionCode,
    cardholderIdentificationCode: q.cardholderIdentificationCode,
    accountDataSource: q.accountDataSource,
    cardholderAccountNumber: panOf(r),
    transactionSequenceNumber: q.transactionSequenceNumber,
    transactionAmount: r.requestedAmount,
    requestedAci: q.requestedAci,
    ...(q.marketSpecificData?.identifier?.trim()
      ? { marketSpecificDataIndicator: q.marketSpecificData.identifier }
      : {}),
  };
  const p = r.response;
  return detailFromAuthorization(request, {
    responseCode: p.responseCode,
    approvalCode: p.approvalCode,
    returnedAci: p.returnedAci,
    authorizationSourceCode: p.authorizationSourceCode,
    localTransactionDate: p.localTransactionDate,
    localTransactionTime: p.localTransactionTime,
    avsResultCode: p.avsResultCode,
    ...(p.transactionIdentifier === undefined ? {} : { transactionIdentifier: p.transactionIdentifier }),
    ...(p.validationCode === undefined ? {} : { validationCode: p.validationCode }),
    transactionSequenceNumber: p.transactionSequenceNumber,
    ...(r.responseCode === '10' ? { authorizedAmount: r.approvedAmount } : {}),
  });
}

function authOutcome(r: AuthorizationResult): string {
  if (r.status === 'partially-approved') return `partial ${r.responseCode}`;
  if (r.approved) return r.responseCode === '85' ? 'card ok 85' : 'approved';
  return `declined ${r.responseCode}`;
}

function authDetail(r: AuthorizationResult): string {
  const parts = [`${r.responseCode} ${r.responseText}`];
  if (r.status === 'partially-approved')
    parts.push(`approved ${money(r.approvedAmount)} of ${money(r.requestedAmount)}`);
  else if (r.approved && r.requestedAmount > 0) parts.push(`amount ${money(r.approvedAmount)}`);
  if (r.avsResult && r.avsResult !== '0') parts.push(`AVS ${r.avsResult}`);
  if (r.cvvResult) parts.push(`CVV ${r.cvvResult}`);
  if (r.transactionIdentifier?.trim()) parts.push(`txn id ${r.transactionIdentifier.trim()}`);
  return parts.join(', ');
}

function mmdd(d: Date): string {
  return String(d.getMonth() + 1).padStart(2, '0') + String(d.getDate()).padStart(2, '0');
}

function hhmmss(d: Date): string {
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join('');
}

export async function tsysSteps(
  target: TsysTarget,
  t: Transcript,
): Promise<{ steps: Step[]; close(): Promise<void> }> {
  const client = createTsysClient({
    transport: target.transport,
    merchant: target.merchant,
    applicationType: 4,
    timeouts: { responseMs: target.timeoutMs, settlementMs: target.timeoutMs },
    hooks: {
      onPacketOut: onPacket(t),
      onPacketIn: onPacket(t),
      // Clear packets go only to the codecs' traces, which mask every sensitive field.
      unmaskedPackets: 'include-card-data',
    },
  });
  const c = target.cards;
  const settle: DetailRecord[] = [];
  let retail: AuthorizationResult | undefined;
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`needs the ${what} step`);
    return v;
  };
  const now = new Date();

  const steps: Step[] = [
    {
      name: 'retail swipe sale 25.00 (track 2, signature)',
      expect: 'approved',
      async run() {
        const r = await client.authorize({ kind: 'swipe', card: { track: c.retailTrack }, amount: 2500 });
        if (r.approved) retail = r;
        return { outcome: authOutcome(r), detail: authDetail(r) };
      },
    },
    {
      name: 'keyed e-commerce 89.99 with AVS and CVV',
      expect: 'approved',
      async run() {
        const r = await client.authorize({
          kind: 'keyed',
          card: { pan: c.keyed.pan, expMonth: c.keyed.expMonth, expYear: c.keyed.expYear },
          amount: 8999,
          cvv: c.keyed.cvv,
          avs: c.avs,
        });
        if (r.approved) settle.push(detailOf(r));
        const checks = r.avsResult === 'Y' && r.cvvResult === 'M' ? '' : ' (AVS/CVV not matched)';
        return { outcome: authOutcome(r) + checks, detail: authDetail(r) };
      },
    },
    {
      name: 'healthcare IIAS 80.00, 60.00 eligible, partial approval allowed',
      expect: 'partial 10',
      async run() {
        const r = await client.authorize({
          kind: 'healthcare',
          card: { track: c.healthcareTrack },
          amount: 8000,
          healthcare: { totalMedicalAmount: 6000, prescriptionAmount: 2500 },
          partialAuthorization: true,
        });
        if (r.approved) settle.push(setHealthcare(detailOf(r)));
        return { outcome: authOutcome(r), detail: authDetail(r) };
      },
    },
    {
      name: 'healthcare eligibility inquiry (two services)',
      expect: 'card ok 85',
      async run() {
        const r = await client.eligibilityInquiry({
          card: { track: c.healthcareTrack },
          memberData: buildHealthcareMemberData([
            { providerId: '1234567890', serviceTypeCode: '30' },
            { providerId: '1234567890', serviceTypeCode: '88' },
          ]),
        });
        const services = r.services
          .map((s, i) => `service ${i + 1}: payer ${s.payerId ?? '-'} reason ${s.reasonCode ?? '-'}`)
          .join('; ');
        return { outcome: authOutcome(r), detail: `${r.responseCode} ${r.responseText}; ${services}` };
      },
    },
    {
      name: 'reversal of a cancelled 40.00 web order',
      expect: 'reversed',
      async run() {
        const order = await client.authorize({
          kind: 'keyed',
          card: { pan: c.keyed.pan, expMonth: c.keyed.expMonth, expYear: c.keyed.expYear },
          amount: 4000,
          avs: { zip: c.avs.zip },
        });
        if (!order.approved) return { outcome: `order ${authOutcome(order)}`, detail: authDetail(order) };
        const rev = await client.reverse(order);
        return {
          outcome: rev.responseCode === '00' ? 'reversed' : `reversal ${authOutcome(rev)}`,
          detail: `order ${order.responseCode} ${order.approvalCode}; reversal ${rev.responseCode} ${rev.responseText}`,
        };
      },
    },
    {
      name: 'off-line credit 15.00 (refund at the counter, settles with the batch)',
      expect: 'queued CR',
      async run() {
        const d = offlineCredit({
          cardholderAccountNumber: c.creditPan,
          settlementAmount: 1500,
          localTransactionDate: mmdd(now),
          localTransactionTime: hhmmss(now),
          transactionSequenceNumber: 9001,
          cardholderIdentificationCode: '@',
          accountDataSource: '@',
        });
        settle.push(d);
        return { outcome: `queued ${d.transactionCode}`, detail: `settles ${money(-d.settlementAmount)}` };
      },
    },
    {
      name: 'force 55.55 with a voice approval code',
      expect: 'queued 54',
      async run() {
        const d = forceSale({
          approvalCode: target.forceApprovalCode,
          cardholderAccountNumber: c.forcePan,
          settlementAmount: 5555,
          localTransactionDate: mmdd(now),
          localTransactionTime: hhmmss(now),
          transactionSequenceNumber: 9002,
          cardholderIdentificationCode: '@',
          accountDataSource: '@',
        });
        settle.push(d);
        return {
          outcome: `queued ${d.transactionCode}`,
          detail: `authorization source ${d.authorizationSourceCode}, settles ${money(d.settlementAmount)}`,
        };
      },
    },
    {
      name: 'gratuity adjustment: 5.00 tip on the retail sale',
      expect: 'adjusted 30.00',
      async run() {
        const sale = need(retail, 'retail sale');
        const tipped = addGratuity(detailOf(sale), 500);
        settle.unshift(tipped);
        return {
          outcome: `adjusted ${money(tipped.settlementAmount)}`,
          detail: `authorized ${money(tipped.authorizedAmount)} + gratuity 5.00`,
        };
      },
    },
    {
      name: `settlement batch ${target.batchNumber}`,
      expect: 'accepted',
      async run() {
        const batch = buildBatch({
          header: {
            acquirerBin: target.merchant.acquirerBin,
            agentBankNumber: '000000',
            agentChainNumber: '000000',
            merchantNumber: target.merchant.merchantNumber,
            storeNumber: target.merchant.storeNumber,
            terminalNumber: target.merchant.terminalNumber,
            deviceCode: target.merchant.deviceCode ?? 'Q',
            industryCode: 'R',
            timeZoneDifferential: target.merchant.timeZoneDifferential ?? '705',
            batchTransmissionDate: mmdd(now),
            batchNumber: target.batchNumber,
          },
          parameter: {
            merchantCategoryCode: target.merchant.merchantCategoryCode,
            merchantName: target.merchant.name,
            merchantCity: target.merchant.city,
            merchantState: target.merchant.state,
            cityCode: target.merchant.zip,
            terminalIdNumber: '00000001',
          },
          records: settle,
        });
        const r = await client.settle(batch);
        if (r.status === 'accepted')
          return {
            outcome: 'accepted',
            detail: `GB, ${r.recordCount} records, net deposit ${money(r.netDeposit)}`,
          };
        if (r.status === 'rejected')
          return {
            outcome: 'rejected',
            detail: `RB record ${r.recordIndex} (${r.recordType}) field ${r.field}: ${r.description}`,
          };
        return { outcome: 'duplicate', detail: `QD of the batch sent ${r.batchTransmissionDate}` };
      },
    },
  ];
  return { steps, close: () => client.close() };
}
