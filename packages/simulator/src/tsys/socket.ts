/**
 * The TSYS TLS socket host ("SSL 2 enhanced"): ENQ on connect, then framed requests with even parity.
 * Authorization application types: 0 (one request, then the host closes), 2 (several, one at a
 * time), 4 (interleaved: several outstanding, answered out of order, matched by sequence number).
 * Settlement batches come record by record: each ETB frame is acknowledged (ACK) and the ETX
 * trailer is answered with the batch response. A frame with a bad LRC or parity gets NAK.
 */

import type { TLSSocket } from 'node:tls';
import { ACK, ENQ, EOT, ETX } from '@paywire/core';
import { encodeBatchResponse } from '@paywire/tsys';
import { type FaultRule, garbageBytes, sleep } from '../faults.js';
import { FrameScanner, type LinkToken } from './link.js';
import { answerAuthorization, type Runtime } from './runtime.js';
import { SettlementSession } from './settle.js';
import { UNKNOWN_ACQUIRER_BIN } from './triggers.js';
import {
  controlByte,
  describeBatchResponse,
  describeRequest,
  describeResponse,
  nak,
  onWire,
  withCorruptLrc,
  withWrongParity,
} from './wire.js';

type Mode = '0' | '2' | '4';

/** Deterministic shuffle (mulberry32). */
function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Pending {
  wire: Uint8Array;
  fault: FaultRule | undefined;
  delayMs: number;
  log: { request: string; response: string };
}

export function serveSocket(rt: Runtime, socket: TLSSocket): void {
  const { ctx, settings } = rt;
  const parity = settings.parity;
  const scanner = new FrameScanner(parity);
  const closed = new AbortController();
  let mode: Mode | undefined;
  let finished = false; // application type 0: answered, no more requests
  let chain: Promise<void> = Promise.resolve(); // application type 2 and settlement: one at a time
  let window: Pending[] = [];
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  let settlement: SettlementSession | undefined;
  let skipRejected = false; // frames of a batch answered before its trailer
  let shuffleRound = 0;

  socket.on('close', () => {
    closed.abort();
    if (windowTimer) clearTimeout(windowTimer);
  });

  const alive = () => !socket.destroyed && socket.writable;
  const write = (bytes: Uint8Array) => {
    if (alive()) socket.write(bytes);
  };

  /** Sends an answer, applying a fault; resolves when done. */
  async function send(p: Pending): Promise<void> {
    const fault = p.fault;
    if (p.delayMs > 0) await sleep(p.delayMs, closed.signal);
    const entry = (response: string) =>
      ctx.log.add({
        host: 'tsys',
        transport: 'tls',
        request: p.log.request,
        response,
        ...(fault ? { fault: fault.mode } : {}),
      });
    if (!alive()) return;
    switch (fault?.mode) {
      case 'drop':
        entry('connection closed without an answer');
        socket.end();
        return;
      case 'delay':
        await sleep(fault.delayMs ?? 10_000, closed.signal);
        if (!alive()) {
          entry('delayed answer not sent: the client left');
          return;
        }
        entry(`${p.log.response} (delayed ${fault.delayMs ?? 10_000} ms)`);
        write(p.wire);
        return;
      case 'truncate':
        entry('first half of the answer, then closed');
        write(p.wire.subarray(0, Math.max(1, p.wire.length >> 1)));
        socket.end();
        return;
      case 'corrupt-lrc':
        entry(`${p.log.response} (LRC corrupted)`);
        write(withCorruptLrc(p.wire, parity));
        return;
      case 'wrong-parity':
        entry(`${p.log.response} (one byte with odd parity)`);
        write(withWrongParity(p.wire));
        return;
      case 'garbage':
        entry('garbage bytes instead of the answer');
        write(garbageBytes(32));
        return;
      case 'nak':
        entry('NAK instead of the answer');
        write(nak(parity));
        return;
      case 'disconnect-mid':
        entry('part of the answer, then the connection was destroyed');
        socket.write(p.wire.subarray(0, Math.max(1, Math.floor(p.wire.length / 3))), () => socket.destroy());
        return;
      default:
        entry(p.log.response);
        write(p.wire);
    }
  }

  function flushWindow(): void {
    windowTimer = undefined;
    const batch = window;
    window = [];
    const order =
      settings.interleaveOrder === 'reverse'
        ? batch.slice().reverse()
        : settings.interleaveOrder === 'shuffle'
          ? shuffled(batch, settings.seed + shuffleRound++)
          : batch;
    for (const p of order) void send(p);
  }

  function handleAuth(frame: Uint8Array): void {
    const step = answerAuthorization(rt, frame, UNKNOWN_ACQUIRER_BIN);
    if (step.kind === 'confirmation') {
      ctx.log.add({
        host: 'tsys',
        transport: 'tls',
        request: `V${step.request.applicationType} debit confirmation`,
        response: '(no response: confirmations are not answered)',
      });
      return;
    }
    if (step.kind === 'unknown-merchant') {
      ctx.log.add({
        host: 'tsys',
        transport: 'tls',
        request: describeRequest(step.request),
        response: 'unknown acquirer BIN / merchant: connection closed',
      });
      socket.destroy();
      return;
    }
    const request = step.kind === 'answer' ? step.request : undefined;
    const app = (request?.applicationType ?? step.response.applicationType) as Mode;
    if (mode === undefined) mode = app === '2' || app === '4' ? app : '0';
    const fault = ctx.faults.take('tsys', {
      kind: 'tsys-auth-request',
      ...(request ? { operation: request.transactionCode } : {}),
    });
    const pending: Pending = {
      wire: onWire(step.bytes, parity),
      fault,
      delayMs: request && settings.responseDelayMs ? Math.max(0, settings.responseDelayMs(request)) : 0,
      log: {
        request: request
          ? describeRequest(request)
          : `undecodable request (${step.kind === 'format-error' ? step.message : ''})`,
        response: `${describeResponse(step.response)}${step.kind === 'answer' && step.note ? ` [${step.note}]` : ''}`,
      },
    };
    // After a NAK the client may send the same request again, even on a type 0 connection.
    const resendable = fault?.mode === 'nak';
    if (mode === '4') {
      window.push(pending);
      if (windowTimer === undefined) windowTimer = setTimeout(flushWindow, settings.interleaveWindowMs);
      return;
    }
    chain = chain.then(async () => {
      await send(pending);
      if (mode === '0' && alive() && !resendable) {
        finished = true;
        socket.end();
      }
    });
    if (mode === '0' && !resendable) finished = true;
  }

  function handleSettlement(frame: Uint8Array): void {
    const last = frame[frame.length - 2] === ETX;
    if (skipRejected) {
      if (last) skipRejected = false;
      return;
    }
    settlement ??= new SettlementSession(rt.state);
    const step = settlement.frame(frame);
    if (step.kind === 'ack') {
      chain = chain.then(() => write(controlByte(ACK, parity)));
      return;
    }
    const session = settlement;
    settlement = undefined;
    if (!last) skipRejected = true;
    const bytes = encodeBatchResponse(step.response);
    const fault = ctx.faults.take('tsys', {
      kind: 'tsys-settlement',
      operation: step.response.batchResponseCode,
    });
    const pending: Pending = {
      wire: onWire(bytes, parity),
      fault,
      delayMs: 0,
      log: {
        request: `settlement batch, ${session.recordsReceived} records received`,
        response: `${describeBatchResponse(step.response)} [${step.note}]`,
      },
    };
    const single = session.applicationType !== '3';
    chain = chain.then(async () => {
      await send(pending);
      if (single && alive()) socket.end();
    });
  }

  function onToken(t: LinkToken): void {
    if (finished) return;
    switch (t.type) {
      case 'control':
        if (t.byte === EOT) socket.end();
        return; // ACK / NAK / others from the client need no answer
      case 'noise':
        return;
      case 'overflow':
        ctx.log.add({
          host: 'tsys',
          transport: 'tls',
          request: 'frame too long',
          response: 'connection closed',
        });
        socket.destroy();
        return;
      case 'frame': {
        if (!t.lrcOk || !t.parityOk) {
          ctx.log.add({
            host: 'tsys',
            transport: 'tls',
            request: `frame of ${t.bytes.length} bytes with ${t.lrcOk ? 'a parity error' : 'a bad LRC'}`,
            response: 'NAK',
          });
          chain = chain.then(() => write(nak(parity)));
          return;
        }
        if (t.bytes[1] === 0x4b /* K */) handleSettlement(t.bytes);
        else handleAuth(t.bytes);
      }
    }
  }

  socket.on('data', (chunk: Uint8Array) => {
    try {
      for (const t of scanner.push(chunk)) onToken(t);
    } catch (e) {
      // A host bug must not take the test process down: log it and drop the connection.
      ctx.log.add({
        host: 'tsys',
        transport: 'tls',
        request: 'frame',
        response: `internal error, connection closed: ${e instanceof Error ? e.message : String(e)}`,
      });
      socket.destroy();
    }
  });

  void (async () => {
    if (settings.connectFaults) {
      const fault = ctx.faults.take('tsys', { kind: 'tsys-connect', operation: 'connect' });
      if (fault) {
        ctx.log.add({
          host: 'tsys',
          transport: 'tls',
          request: 'connection',
          response: `greeting fault ${fault.mode}`,
          fault: fault.mode,
        });
        switch (fault.mode) {
          case 'drop':
          case 'disconnect-mid':
          case 'truncate':
            socket.end();
            return;
          case 'delay':
            await sleep(fault.delayMs ?? 10_000, closed.signal);
            break;
          case 'garbage':
            write(garbageBytes(8));
            return;
          case 'nak':
            write(nak(parity));
            return;
          default:
            break;
        }
      }
    }
    write(controlByte(ENQ, parity));
  })();
}
