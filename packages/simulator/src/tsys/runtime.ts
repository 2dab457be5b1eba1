/** What the TSYS socket and gateway handlers share: settings, state, and the request → answer step. */

import {
  type AuthorizationRequest,
  type AuthorizationResponse,
  type AuthRequestMessage,
  decodeAuthRequest,
  encodeAuthResponse,
} from '@paywire/tsys';
import type { HostContext } from '../context.js';
import { type AuthorizeSettings, authorize } from './authorize.js';
import type { TsysState } from './state.js';

export type InterleaveOrder = 'reverse' | 'arrival' | 'shuffle';

export interface TsysSettings extends AuthorizeSettings {
  parity: boolean;
  responseDelayMs: ((request: AuthorizationRequest) => number) | undefined;
  interleaveOrder: InterleaveOrder;
  interleaveWindowMs: number;
  seed: number;
  connectFaults: boolean;
}

export interface Runtime {
  ctx: HostContext;
  state: TsysState;
  settings: TsysSettings;
}

export type AuthStep =
  | {
      kind: 'answer';
      request: AuthorizationRequest;
      response: AuthorizationResponse;
      bytes: Uint8Array;
      note: string;
    }
  | { kind: 'confirmation'; request: AuthRequestMessage }
  | { kind: 'unknown-merchant'; request: AuthorizationRequest }
  | { kind: 'format-error'; response: AuthorizationResponse; bytes: Uint8Array; message: string };

/** Digits at 1-based positions of the raw record, or a default when they are not digits. */
function digitsAt(body: string, from: number, length: number, fallback: string): string {
  const s = body.slice(from - 1, from - 1 + length);
  return /^\d+$/.test(s) && s.length === length ? s : fallback;
}

/** Decodes a framed (parity-free, LRC-checked) request and answers it. */
export function answerAuthorization(rt: Runtime, frame: Uint8Array, unknownBin: string): AuthStep {
  let request: AuthRequestMessage;
  try {
    request = decodeAuthRequest(frame);
  } catch (e) {
    // Answer "message format error" with what can be read from the fixed prefix.
    let body = '';
    for (let i = 1; i < Math.min(frame.length - 2, 80); i++) body += String.fromCharCode(frame[i]!);
    const app = body[1] === '2' || body[1] === '4' ? body[1] : '0';
    const response: AuthorizationResponse = {
      recordFormat: 'E',
      applicationType: app,
      returnedAci: 'N',
      storeNumber: digitsAt(body, 22, 4, '0000'),
      terminalNumber: digitsAt(body, 26, 4, '0000'),
      authorizationSourceCode: '5',
      transactionSequenceNumber: digitsAt(body, 57, 4, '0000'),
      responseCode: '30',
      approvalCode: '',
      localTransactionDate: mmddyy(rt.settings.now()),
      localTransactionTime: hhmmss(rt.settings.now()),
      responseText: 'MSG FORMAT ERROR',
      avsResultCode: '0',
      retrievalReferenceNumber: '',
      marketSpecificDataIdentifier: ' ',
      groupIII: [],
    };
    return {
      kind: 'format-error',
      response,
      bytes: encodeAuthResponse(response),
      message: e instanceof Error ? e.message : String(e),
    };
  }
  if (request.recordFormat === 'V') return { kind: 'confirmation', request };
  if (request.acquirerBin === unknownBin) return { kind: 'unknown-merchant', request };
  const { response, note } = authorize(request, rt.state, rt.settings);
  return { kind: 'answer', request, response, bytes: encodeAuthResponse(response), note };
}

const two = (n: number) => String(n).padStart(2, '0');
function mmddyy(d: Date): string {
  return two(d.getUTCMonth() + 1) + two(d.getUTCDate()) + two(d.getUTCFullYear() % 100);
}
function hhmmss(d: Date): string {
  return two(d.getUTCHours()) + two(d.getUTCMinutes()) + two(d.getUTCSeconds());
}
