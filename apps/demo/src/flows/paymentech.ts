// Chase Paymentech over NetConnect: a web shop's authorization and capture, a sale, a refund and
// the void of the sale.

import {
  createPaymentechClient,
  type PacketEvent,
  type PaymentechCredentials,
  type PaymentechResult,
  type PaymentechTransaction,
} from '@paywire/paymentech-client';
import { money, type Step, type Transcript } from '../runner.js';

export interface PaymentechTarget {
  urls: string[];
  credentials: PaymentechCredentials;
  ca?: string;
  servername?: string;
  card: { number: string; expMonth: number; expYear: number; cvv: string };
  address: { street: string; zip: string };
  timeoutMs: number;
}

function onPacket(t: Transcript) {
  return (e: PacketEvent) => {
    if (e.bytes.length === 0) {
      t.raw(e.direction, `HTTP ${e.status ?? ''} (empty body)`);
      return;
    }
    t.packet(e.direction, e.direction === 'out' ? 'paymentech-request' : 'paymentech-response', e.bytes);
  };
}

function outcome(r: PaymentechResult): string {
  if (r.approved) return 'approved';
  return `${r.status} ${r.hostErrorCode ?? r.actionCode}`;
}

function detail(r: PaymentechResult): string {
  const parts = [`action ${r.actionCode}`];
  if (r.approvalCode?.trim()) parts.push(`approval ${r.approvalCode}`);
  if (r.retrievalNumber) parts.push(`retrieval ${r.retrievalNumber}`);
  if (r.responseText) parts.push(r.responseText);
  if (r.avsResult) parts.push(`AVS ${r.avsResult}`);
  if (r.cvvResult) parts.push(`CVV ${r.cvvResult}`);
  if (r.hostError) parts.push(`host error ${r.hostErrorCode} ${r.hostError.text}`);
  return parts.join(', ');
}

export function paymentechSteps(target: PaymentechTarget, t: Transcript): { steps: Step[] } {
  const client = createPaymentechClient({
    urls: target.urls,
    credentials: target.credentials,
    ...(target.ca === undefined ? {} : { ca: target.ca }),
    ...(target.servername === undefined ? {} : { servername: target.servername }),
    timeouts: { connectMs: target.timeoutMs, responseMs: target.timeoutMs },
    hooks: { onPacket: onPacket(t) },
    // Clear packets go only to the codec's trace, which masks the card number and CVV.
    unmaskedPackets: true,
  });
  const tx = (amount: number, invoice: string): PaymentechTransaction => ({
    card: {
      number: target.card.number,
      expMonth: target.card.expMonth,
      expYear: target.card.expYear,
      cvvData: target.card.cvv,
    },
    amount,
    invoiceNumber: invoice,
    customerAddress: target.address.street,
    customerZip: target.address.zip,
  });
  let auth: PaymentechResult | undefined;
  let sale: PaymentechResult | undefined;
  const step = (name: string, fn: () => Promise<PaymentechResult>, keep?: (r: PaymentechResult) => void) => ({
    name,
    expect: 'approved',
    async run() {
      const r = await fn();
      keep?.(r);
      return { outcome: outcome(r), detail: detail(r) };
    },
  });
  const steps: Step[] = [
    step(
      `authorization ${money(4200)} (auth only, web order 1001)`,
      () => client.authOnly(tx(4200, '1001')),
      (r) => {
        if (r.approved) auth = r;
      },
    ),
    step(`capture of the authorization ${money(4200)}`, () => {
      if (!auth?.approvalCode) throw new Error('needs the authorization step');
      return client.capture(tx(4200, '1001'), auth.approvalCode);
    }),
    step(
      `sale ${money(1999)} (web order 1002)`,
      () => client.sale(tx(1999, '1002')),
      (r) => {
        if (r.approved) sale = r;
      },
    ),
    step(`refund ${money(700)} (returned item of order 1001)`, () => client.refund(tx(700, '1001'))),
    step('void of the sale by retrieval number', () => {
      if (!sale?.retrievalNumber) throw new Error('needs the sale step');
      return client.void({ cardNumber: target.card.number, retrievalNumberToVoid: sale.retrievalNumber });
    }),
  ];
  return { steps };
}
