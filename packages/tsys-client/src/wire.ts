// Byte-level helpers shared by both transports: parity on the way out, parity check and strip on
// the way in, splitting an encoded batch into its frames, reading an authorization answer.

import {
  ACK,
  applyEvenParity,
  EOT,
  ErrorCode,
  ETB,
  ETX,
  findParityError,
  NAK,
  STX,
  stripParity,
} from '@paywire/core';
import { type AuthorizationResponse, decodeAuthResponse } from '@paywire/tsys';
import { clientError, TsysClientErrorCode, wrapError } from './errors.js';

export function toWire(bytes: Uint8Array, parity: boolean): Uint8Array {
  return parity ? applyEvenParity(bytes) : bytes;
}

/** Checks even parity (when used) and returns the 7-bit bytes. Throws PARITY_ERROR (unknown outcome). */
export function fromWire(raw: Uint8Array, parity: boolean): Uint8Array {
  if (!parity) return raw;
  const at = findParityError(raw);
  if (at >= 0) {
    throw clientError(TsysClientErrorCode.PARITY_ERROR, `the answer has a parity error at byte ${at}`, {
      outcome: 'unknown',
      actual: `byte ${at}`,
    });
  }
  return stripParity(raw);
}

/** Splits `STX … ETB|ETX LRC` frames (an encoded batch) into one array per frame. */
export function splitFrames(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] !== STX)
      throw clientError(ErrorCode.INVALID_FORMAT, 'batch bytes do not start a frame with STX', {
        outcome: 'not-sent',
      });
    let j = i + 1;
    while (j < bytes.length && bytes[j] !== ETB && bytes[j] !== ETX) j++;
    if (j + 1 >= bytes.length)
      throw clientError(ErrorCode.TRUNCATED, 'batch frame without end and LRC', { outcome: 'not-sent' });
    out.push(bytes.subarray(i, j + 2));
    i = j + 2;
  }
  return out;
}

export function controlName(b: number): string {
  return b === NAK ? 'NAK' : b === ACK ? 'ACK' : b === EOT ? 'EOT' : `0x${b.toString(16).padStart(2, '0')}`;
}

/** Digits of the sequence number field of a (possibly damaged) response frame, if readable. */
export function sequenceOf(frame: Uint8Array): number | undefined {
  // STX, then Group I: format, app type, '.', ACI, store 4, terminal 4, source 1, sequence 4 (bytes 14-17).
  if (frame.length < 19) return undefined;
  let s = '';
  for (let i = 14; i < 18; i++) s += String.fromCharCode(frame[i]! & 0x7f);
  return /^\d{4}$/.test(s) ? Number(s) : undefined;
}

/** Decodes an authorization answer (7-bit) and checks it answers `sequence`. */
export function readAuthAnswer(bytes: Uint8Array, sequence: number): AuthorizationResponse {
  if (bytes.length === 1) {
    const b = bytes[0]!;
    if (b === NAK) {
      throw clientError(TsysClientErrorCode.HOST_NAK, 'the host answered NAK instead of a response', {
        outcome: 'unknown',
        actual: 'NAK',
      });
    }
    throw clientError(
      TsysClientErrorCode.INVALID_RESPONSE,
      `the host answered ${controlName(b)} instead of a response`,
      {
        outcome: 'unknown',
        actual: controlName(b),
      },
    );
  }
  let response: AuthorizationResponse;
  try {
    response = decodeAuthResponse(bytes);
  } catch (e) {
    throw wrapError(e, 'unknown', 'the host answer does not decode');
  }
  const got = Number(response.transactionSequenceNumber);
  if (got !== sequence) {
    throw clientError(
      TsysClientErrorCode.INVALID_RESPONSE,
      `the answer carries sequence number ${response.transactionSequenceNumber}, the request ${String(sequence).padStart(4, '0')}`,
      {
        outcome: 'unknown',
        field: 'transactionSequenceNumber',
        expected: String(sequence),
        actual: response.transactionSequenceNumber,
      },
    );
  }
  return response;
}
