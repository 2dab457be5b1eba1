/**
 * The TSYS HTTPS gateway ("SSL 1"): POST /scripts/gateway.dll?transact with the packet as the body.
 * `x-Visa-II/x-auth` carries one authorization (application type 4 only), `x-Visa-II/x-settle` a
 * whole batch (application type 1 only). Good answers are the host's packet with content type
 * `x-data/xact-response`; the gateway's own problems are `NNN - text` bodies with content type
 * `x-data/xact-error` (codes 500-514, the codec's `gatewayErrorCodes`).
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { ETX, STX } from '@paywire/core';
import { encodeBatchResponse, type GatewayErrorCode, gatewayErrorCodes } from '@paywire/tsys';
import { type FaultRule, garbageBytes, sleep } from '../faults.js';
import { FrameScanner } from './link.js';
import { answerAuthorization, type Runtime } from './runtime.js';
import { SettlementSession, type SettleStep } from './settle.js';
import { UNKNOWN_ACQUIRER_BIN } from './triggers.js';
import {
  describeBatchResponse,
  describeRequest,
  describeResponse,
  onWire,
  withCorruptLrc,
  withWrongParity,
} from './wire.js';

export const GATEWAY_PATH = '/scripts/gateway.dll';
export const AUTH_CONTENT_TYPE = 'x-Visa-II/x-auth';
export const SETTLE_CONTENT_TYPE = 'x-Visa-II/x-settle';
export const RESPONSE_CONTENT_TYPE = 'x-data/xact-response';
export const ERROR_CONTENT_TYPE = 'x-data/xact-error';

/** The `NNN - text` body of a gateway error. */
export function gatewayErrorBody(code: GatewayErrorCode): string {
  return `${code} - ${gatewayErrorCodes[code]}`;
}

function isTransact(url: string | undefined): boolean {
  if (url === undefined) return false;
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  return path.toLowerCase() === GATEWAY_PATH && query.toLowerCase().split('&').includes('transact');
}

export function gatewayHandler(rt: Runtime) {
  const { ctx, settings } = rt;
  const parity = settings.parity;

  return async (req: IncomingMessage, body: Uint8Array, res: ServerResponse): Promise<void> => {
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    const log = (request: string, response: string, fault?: FaultRule) =>
      ctx.log.add({
        host: 'tsys',
        transport: 'https',
        request,
        response,
        ...(fault ? { fault: fault.mode } : {}),
      });
    const error = (code: GatewayErrorCode, request: string) => {
      const text = gatewayErrorBody(code);
      log(request, text);
      res.writeHead(200, { 'content-type': ERROR_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };

    if (!isTransact(req.url)) {
      log(`${req.method} ${req.url?.split('?')[0] ?? ''}`, '404');
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (req.method !== 'POST') return error('504', `${req.method} ${GATEWAY_PATH}`);
    const auth = contentType.toLowerCase() === AUTH_CONTENT_TYPE.toLowerCase();
    const settle = contentType.toLowerCase() === SETTLE_CONTENT_TYPE.toLowerCase();
    if (!auth && !settle) return error('507', `POST with content type ${contentType || '(none)'}`);

    const scanner = new FrameScanner(parity);
    const tokens = scanner.push(body);
    const frames = tokens.filter((t) => t.type === 'frame');
    const leftover = body.length - frames.reduce((n, f) => n + (f.type === 'frame' ? f.bytes.length : 0), 0);
    const mask = parity ? 0x7f : 0xff;

    let wire: Uint8Array;
    let requestText: string;
    let responseText: string;
    let fault: FaultRule | undefined;

    if (auth) {
      const only = frames[0];
      if (
        frames.length !== 1 ||
        only?.type !== 'frame' ||
        leftover !== 0 ||
        (body[0]! & mask) !== STX ||
        !only.lrcOk ||
        !only.parityOk
      ) {
        return error('502', `x-auth body of ${body.length} bytes that is not one well-formed packet`);
      }
      const step = answerAuthorization(rt, only.bytes, UNKNOWN_ACQUIRER_BIN);
      if (step.kind === 'format-error' || step.kind === 'confirmation') {
        return error('502', `x-auth packet that does not decode as an authorization request`);
      }
      requestText = describeRequest(step.request);
      if (step.request.applicationType !== '4') return error('510', requestText);
      if (step.kind === 'unknown-merchant') return error('501', requestText);
      fault = ctx.faults.take('tsys', { kind: 'tsys-auth-request', operation: step.request.transactionCode });
      wire = onWire(step.bytes, parity);
      responseText = describeResponse(step.response);
    } else {
      // settlement: framing checks of the gateway first (511-514, 508), then the host's batch answer.
      if (body.length === 0 || (body[0]! & mask) !== STX) return error('511', `x-settle body`);
      if (tokens.some((t) => t.type === 'noise' || t.type === 'control'))
        return error('511', 'x-settle body with bytes between records');
      if (leftover !== 0) {
        const rest = body.subarray(body.length - leftover);
        const ended = rest.some((b) => (b & mask) === ETX || (b & mask) === 0x17);
        return error(ended ? '513' : '512', 'x-settle body with an unfinished record');
      }
      if (frames.some((f) => f.type === 'frame' && String.fromCharCode(f.bytes[2]!) !== '1'))
        return error('514', 'x-settle record with application type other than 1');
      if (frames.some((f) => f.type === 'frame' && (!f.lrcOk || !f.parityOk)))
        return error('509', 'x-settle record with a bad LRC or parity');
      const last = frames[frames.length - 1];
      if (last?.type !== 'frame' || last.terminator !== ETX)
        return error('508', `x-settle batch of ${frames.length} records without an ETX trailer`);
      const session = new SettlementSession(rt.state);
      let step: SettleStep = { kind: 'ack' };
      for (const f of frames) {
        if (f.type !== 'frame') continue;
        step = session.frame(f.bytes);
        if (step.kind === 'response') break;
      }
      if (step.kind !== 'response') return error('508', 'x-settle batch without an answer');
      requestText = `settlement batch, ${session.recordsReceived} records received`;
      fault = ctx.faults.take('tsys', {
        kind: 'tsys-settlement',
        operation: step.response.batchResponseCode,
      });
      wire = onWire(encodeBatchResponse(step.response), parity);
      responseText = `${describeBatchResponse(step.response)} [${step.note}]`;
    }

    const ok = (bytes: Uint8Array) => {
      res.writeHead(200, { 'content-type': RESPONSE_CONTENT_TYPE, 'content-length': bytes.length });
      res.end(bytes);
    };
    switch (fault?.mode) {
      case 'http-5xx':
        log(requestText, 'HTTP 500', fault);
        res.writeHead(500, { 'content-length': 0 });
        res.end();
        return;
      case 'drop':
        log(requestText, 'connection closed without an answer', fault);
        res.socket?.destroy();
        return;
      case 'delay': {
        const ms = fault.delayMs ?? 10_000;
        const gone = new AbortController();
        res.on('close', () => gone.abort());
        await sleep(ms, gone.signal);
        log(requestText, `${responseText} (delayed ${ms} ms)`, fault);
        if (!res.destroyed) ok(wire);
        return;
      }
      case 'truncate':
      case 'disconnect-mid':
        log(requestText, 'part of the body, then the connection was closed', fault);
        res.writeHead(200, { 'content-type': RESPONSE_CONTENT_TYPE, 'content-length': wire.length });
        res.write(wire.subarray(0, Math.max(1, wire.length >> 1)), () => res.socket?.destroy());
        return;
      case 'corrupt-lrc':
        log(requestText, `${responseText} (LRC corrupted)`, fault);
        return ok(withCorruptLrc(wire, parity));
      case 'wrong-parity':
        log(requestText, `${responseText} (one byte with odd parity)`, fault);
        return ok(withWrongParity(wire));
      case 'garbage':
        log(requestText, 'garbage body', fault);
        return ok(garbageBytes(32));
      case 'nak': {
        const text = gatewayErrorBody('509');
        log(requestText, `${text} (host NAK)`, fault);
        res.writeHead(200, { 'content-type': ERROR_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
        res.end(text);
        return;
      }
      default:
        log(requestText, responseText, fault);
        ok(wire);
    }
  };
}
