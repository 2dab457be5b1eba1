/**
 * Paymentech cases: a Tampa (UTF197) e-commerce sale request from the builder (AVS street + ZIP,
 * CVV token, order number) and the approved answer in the ActiveMerchant test shape
 * (packages/paymentech/test/vectors/am-nc-shapes.json).
 */

import { fromEscaped } from '@paywire/core';
import { buildSale, decodeResponse, encodeRequest } from '@paywire/paymentech';
import { type Group, keep } from '../harness.js';
import { ratioTargets } from './tsys.js';

const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');
const FS = '\x1c';

const merchant = { clientNumber: '0001', merchantNumber: '000000000001', terminalNumber: '001' };
const sale = buildSale(merchant, {
  industryType: 'eCommerce',
  card: { number: '4444333322221111', expMonth: 12, expYear: 2049, cvvData: '123' },
  amount: 1200,
  invoiceNumber: '1234',
  customerAddress: '123 Nowhere Ln.',
  customerZip: '90210',
  sequenceNumber: 1,
});
const saleBytes = encodeRequest(sale);
const answer = fromEscaped(
  '<STX>AY12345600000112345678000001APPROVED                        VI<FS>interchange<FS>auth_source<FS><FS>optional<FS><FS><FS><FS><FS><FS>CV12M<ETX>',
);

// biome-ignore lint/suspicious/noExplicitAny: the naive baselines read values untyped, as hand-written code does
type Any = Record<string, any>;

/** The same sale written by hand: string concatenation and TextEncoder, no validation. */
function naiveEncodeSale(r: Any): Uint8Array {
  const amount = `${Math.floor(r.amount / 100)}.${String(r.amount % 100).padStart(2, '0')}`;
  const ind = r.industryData;
  const cv = r.tokens[0].cv;
  const s =
    '\x02' +
    r.systemIndicator +
    r.routingIndicator +
    r.clientNumber +
    r.merchantNumber +
    r.terminalNumber +
    r.transactionMode +
    String(r.sequenceNumber).padStart(6, '0') +
    r.transactionClass +
    r.transactionCode +
    r.pinCapability +
    r.entryDataSource +
    r.accountNumber +
    FS +
    r.expirationDate +
    FS +
    amount +
    FS +
    r.filler +
    FS +
    FS +
    FS +
    ind.industryCode +
    ind.orderNumber.padEnd(16, ' ') +
    ind.eci +
    FS +
    FS +
    FS +
    r.streetAddress +
    FS +
    r.zipCode +
    FS +
    FS +
    `CVPI${cv.presence}VF${cv.value.length}${cv.value}` +
    FS +
    '\x03';
  return encoder.encode(s);
}

/** The answer read by hand: fixed offsets, then split on FS. */
function naiveDecodeResponse(bytes: Uint8Array): Any {
  const s = latin1.decode(bytes);
  if (s.charCodeAt(0) !== 2 || s.charCodeAt(s.length - 1) !== 3) throw new Error('framing');
  const parts = s.slice(1, -1).split(FS);
  const head = parts[0]!;
  const tokens: Any[] = [];
  for (const t of parts.slice(10)) if (t !== '') tokens.push({ id: t.slice(0, 2), data: t.slice(4) });
  return {
    actionCode: head.slice(0, 1),
    avsResult: head.slice(1, 2),
    approvalCode: head.slice(2, 8),
    batchNumber: head.slice(8, 14),
    retrievalNumber: head.slice(14, 22),
    sequenceNumber: head.slice(22, 28),
    responseText: head.slice(28, 60).trimEnd(),
    cardType: head.slice(60, 62),
    interchangeCompliance: parts[1],
    authorizationSource: parts[2],
    optional: parts[4],
    tokens,
  };
}

if (latin1.decode(naiveEncodeSale(sale)) !== latin1.decode(saleBytes)) {
  throw new Error('naive Paymentech sale encoder differs from the codec');
}

const copy = (bytes: Uint8Array) => {
  const out = new Uint8Array(bytes.length);
  return () => keep(out.set(bytes));
};

export const paymentechGroup: Group = {
  name: 'paymentech: sale',
  description: 'Tampa UTF197 e-commerce sale request encode and approved answer decode',
  cases: [
    {
      name: 'sale encode',
      role: 'subject',
      pair: 'encode',
      bytes: saleBytes.length,
      fn: () => keep(encodeRequest(sale)),
    },
    {
      name: 'response decode',
      role: 'subject',
      pair: 'decode',
      bytes: answer.length,
      fn: () => keep(decodeResponse(answer)),
    },
    { name: 'naive sale encode', role: 'naive', pair: 'encode', fn: () => keep(naiveEncodeSale(sale)) },
    {
      name: 'naive response decode',
      role: 'naive',
      pair: 'decode',
      fn: () => keep(naiveDecodeResponse(answer)),
    },
    { name: 'copy sale (floor)', role: 'floor', pair: 'encode', fn: copy(saleBytes) },
    { name: 'copy response (floor)', role: 'floor', pair: 'decode', fn: copy(answer) },
  ],
  targets: [ratioTargets],
};
