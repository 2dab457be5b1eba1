/** Byte-level helpers of the TSYS host: parity on the way out, damaged copies for fault modes, log summaries. */

import { applyEvenParity, evenParityByte, maskPan, NAK } from '@paywire/core';
import type { AuthorizationRequest, AuthorizationResponse, SettlementResponse } from '@paywire/tsys';
import { cardNumberOf } from './authorize.js';

/** The bytes as sent: with even parity on every byte when the link uses parity. */
export function onWire(bytes: Uint8Array, parity: boolean): Uint8Array {
  return parity ? applyEvenParity(bytes) : bytes;
}

/** One control byte as sent (NAK has an odd number of bits, so its parity form is 0x95). */
export function controlByte(byte: number, parity: boolean): Uint8Array {
  return Uint8Array.of(parity ? evenParityByte(byte) : byte);
}

export const nak = (parity: boolean): Uint8Array => controlByte(NAK, parity);

/** A copy with a wrong LRC (still with correct parity, so only the LRC check fails). */
export function withCorruptLrc(wire: Uint8Array, parity: boolean): Uint8Array {
  const out = wire.slice();
  const last = out.length - 1;
  const bad = (out[last]! & 0x7f) ^ 0x20;
  out[last] = parity ? evenParityByte(bad) : bad;
  return out;
}

/** A copy where one byte inside the record has the wrong parity bit (bit 7 flipped). */
export function withWrongParity(wire: Uint8Array): Uint8Array {
  const out = wire.slice();
  const at = Math.min(3, out.length - 1);
  out[at] = out[at]! ^ 0x80;
  return out;
}

/** Masked one-line description of an authorization request (no track, CVV, PIN, address). */
export function describeRequest(r: AuthorizationRequest): string {
  const pan = cardNumberOf(r);
  const cvv = r.groupIII.some((g) => g.version === '007') ? ' cvv' : '';
  const avs = r.cardholderIdentificationData ? ' avs' : '';
  const g3 = r.groupIII.map((g) => g.version).join(',');
  return (
    `${r.recordFormat}${r.applicationType} seq ${r.transactionSequenceNumber} tc ${r.transactionCode} ` +
    `amount ${r.transactionAmount} card ${pan === undefined ? '(none)' : maskPan(pan)}${avs}${cvv}` +
    (g3 ? ` g3 ${g3}` : '')
  );
}

export function describeResponse(r: AuthorizationResponse): string {
  const cvv = r.groupIII.find((g) => g.version === '007')?.fields?.verificationCodeResultCode;
  return (
    `${r.recordFormat}${r.applicationType} seq ${r.transactionSequenceNumber} ${r.responseCode} ` +
    `${r.responseText.trim()} avs ${r.avsResultCode}${cvv ? ` cvv ${String(cvv)}` : ''} ` +
    `tid ${r.transactionIdentifier ?? ''}`
  );
}

export function describeBatchResponse(r: SettlementResponse): string {
  if (r.batchResponseCode === 'RB') {
    return (
      `RB batch ${r.batchNumber} error ${r.errorType}${r.errorRecordType}-${r.errorDataFieldNumber} ` +
      `record ${r.errorRecordSequenceNumber}`
    );
  }
  return `${r.batchResponseCode} batch ${r.batchNumber} records ${r.batchRecordCount} net ${r.batchNetDeposit}`;
}
