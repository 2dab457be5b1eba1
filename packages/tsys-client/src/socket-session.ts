// The TSYS TLS socket: ENQ greeting, even parity, and the three application types —
// 0: one request per connection; 2: several, one at a time; 4: interleaved, several outstanding,
// answers matched by transaction sequence number, at most `maxPending`, each with its own
// pending-response timeout (seed errors 596 / 597). Settlement: record by record, ACK after each
// ETB record, the batch answer after the trailer (or earlier, when the host finds an error).

import { ACK, EOT, ErrorCode, ETX, NAK } from '@paywire/core';
import { TransportErrorCode, type TransportOutcome } from '@paywire/transport-common';
import {
  connectTls,
  enqReader,
  etxLrcReader,
  type MessageReader,
  type TlsConnection,
} from '@paywire/transport-tls';
import { type AuthorizationResponse, decodeBatchResponse, type SettlementResponse } from '@paywire/tsys';
import { clientError, closedError, TsysClientError, TsysClientErrorCode, wrapError } from './errors.js';
import type { PacketHooks } from './packets.js';
import type { Session } from './session.js';
import { tlsSettings } from './tls-settings.js';
import type { ApplicationTypeOption, CallOptions, SocketTransportOptions } from './types.js';
import { controlName, fromWire, readAuthAnswer, sequenceOf, toWire } from './wire.js';

export interface SocketSessionSettings {
  transport: SocketTransportOptions;
  applicationType: ApplicationTypeOption;
  responseMs: number;
  pendingResponseMs: number;
  settlementMs: number;
  maxPending: number;
  hooks: PacketHooks;
}

interface Pending {
  sequence: number;
  settle(error: TsysClientError | undefined, response?: AuthorizationResponse): void;
}

function aborted(signal: AbortSignal | undefined, outcome: TransportOutcome, what: string): TsysClientError {
  return clientError(TransportErrorCode.ABORTED, `aborted ${what}`, { outcome, cause: signal?.reason });
}

export class SocketSession implements Session {
  readonly #s: SocketSessionSettings;
  readonly #parity: boolean;
  readonly #reader: MessageReader;
  #closed = false;
  // application type 2
  #queue: Promise<unknown> = Promise.resolve();
  #conn: TlsConnection | undefined;
  // application type 4
  #iconn: TlsConnection | undefined;
  #connecting: Promise<TlsConnection> | undefined;
  readonly #pending = new Map<number, Pending>();
  #reserved = 0;
  readonly #open = new Set<TlsConnection>();

  constructor(settings: SocketSessionSettings) {
    this.#s = settings;
    this.#parity = settings.transport.parity !== false;
    this.#reader = etxLrcReader({
      ...(this.#parity ? { parity: 'even' as const, keepParity: true } : {}),
      controlBytes: [ACK, NAK, EOT],
      maxBytes: 16 * 1024,
    });
  }

  /** Requests outstanding on the interleaved connection. */
  get pending(): number {
    return this.#pending.size;
  }

  async #connect(call: CallOptions): Promise<TlsConnection> {
    if (this.#closed) throw closedError();
    const t = this.#s.transport;
    let conn: TlsConnection;
    try {
      conn = await connectTls({
        hosts: [{ host: t.host, port: t.port }],
        ...tlsSettings(t),
        ...(t.greetingTimeoutMs === undefined ? {} : { greetingTimeoutMs: t.greetingTimeoutMs }),
        greeting: enqReader(this.#parity ? { parity: 'even' } : {}),
        responseTimeoutMs: this.#s.responseMs,
        ...(call.signal === undefined ? {} : { signal: call.signal }),
      });
    } catch (e) {
      throw wrapError(e, 'not-sent', 'connecting to the TSYS host');
    }
    if (conn.greeting)
      this.#s.hooks.emit('in', 'greeting', this.#parity ? fromWireLoose(conn.greeting) : conn.greeting);
    this.#open.add(conn);
    return conn;
  }

  #drop(conn: TlsConnection | undefined): void {
    if (conn === undefined) return;
    this.#open.delete(conn);
    conn.destroy();
  }

  authorize(bytes: Uint8Array, sequence: number, call: CallOptions): Promise<AuthorizationResponse> {
    switch (this.#s.applicationType) {
      case 0:
        return this.#single(bytes, sequence, call);
      case 2:
        return this.#sequential(bytes, sequence, call);
      default:
        return this.#interleaved(bytes, sequence, call);
    }
  }

  #readOptions(call: CallOptions, timeoutMs: number) {
    return {
      timeoutMs: call.timeoutMs ?? timeoutMs,
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    };
  }

  /** Reads the answer of a half-duplex request (application types 0 and 2). */
  async #exchange(
    conn: TlsConnection,
    bytes: Uint8Array,
    sequence: number,
    call: CallOptions,
  ): Promise<AuthorizationResponse> {
    this.#s.hooks.emit('out', 'auth-request', bytes, sequence);
    let raw: Uint8Array;
    try {
      raw = await conn.request(
        toWire(bytes, this.#parity),
        this.#reader,
        this.#readOptions(call, this.#s.responseMs),
      );
    } catch (e) {
      throw wrapError(e, 'unknown', 'authorization');
    }
    const clear = this.#readable(raw);
    return readAuthAnswer(clear, sequence);
  }

  /** Parity-checked 7-bit copy of an answer; emits the packet hook either way. */
  #readable(raw: Uint8Array): Uint8Array {
    let clear: Uint8Array;
    try {
      clear = fromWire(raw, this.#parity);
    } catch (e) {
      this.#s.hooks.emit('in', 'unreadable', fromWireLoose(raw));
      throw e;
    }
    this.#s.hooks.emit('in', clear.length === 1 ? 'control' : 'auth-response', clear);
    return clear;
  }

  async #single(bytes: Uint8Array, sequence: number, call: CallOptions): Promise<AuthorizationResponse> {
    const conn = await this.#connect(call);
    try {
      return await this.#exchange(conn, bytes, sequence, call);
    } finally {
      this.#drop(conn);
    }
  }

  #sequential(bytes: Uint8Array, sequence: number, call: CallOptions): Promise<AuthorizationResponse> {
    const run = async (): Promise<AuthorizationResponse> => {
      if (call.signal?.aborted) throw aborted(call.signal, 'not-sent', 'before sending');
      let reused = this.#conn !== undefined && !this.#conn.isClosed;
      if (!reused) {
        this.#drop(this.#conn);
        this.#conn = await this.#connect(call);
      }
      for (;;) {
        const conn = this.#conn!;
        try {
          return await this.#exchange(conn, bytes, sequence, call);
        } catch (e) {
          this.#drop(conn);
          this.#conn = undefined;
          // A kept-open connection the host closed meanwhile: nothing was sent, one fresh try.
          if (reused && e instanceof TsysClientError && e.outcome === 'not-sent' && !this.#closed) {
            reused = false;
            this.#conn = await this.#connect(call);
            continue;
          }
          throw e;
        }
      }
    };
    const p = this.#queue.then(run, run);
    this.#queue = p.catch(() => undefined);
    return p;
  }

  async #interleavedConnection(call: CallOptions): Promise<TlsConnection> {
    if (this.#iconn !== undefined && !this.#iconn.isClosed) return this.#iconn;
    if (this.#connecting !== undefined) return this.#connecting;
    const connecting = this.#connect(call).then((conn) => {
      this.#iconn = conn;
      conn.onMessage(this.#reader, {
        message: (m) => this.#onInterleaved(m),
        error: (e) => this.#connectionLost(conn, wrapError(e, 'unknown', 'interleaved connection')),
        end: () =>
          this.#connectionLost(
            conn,
            clientError(
              TransportErrorCode.HOST_DISCONNECTED,
              'the host closed the connection with requests outstanding',
              {
                outcome: 'unknown',
              },
            ),
          ),
      });
      return conn;
    });
    this.#connecting = connecting;
    try {
      return await connecting;
    } finally {
      this.#connecting = undefined;
    }
  }

  #connectionLost(conn: TlsConnection, error: TsysClientError): void {
    if (this.#iconn === conn) this.#iconn = undefined;
    this.#drop(conn);
    for (const p of [...this.#pending.values()]) p.settle(error);
  }

  #onInterleaved(raw: Uint8Array): void {
    let clear: Uint8Array;
    try {
      clear = fromWire(raw, this.#parity);
    } catch (e) {
      const loose = fromWireLoose(raw);
      this.#s.hooks.emit('in', 'unreadable', loose);
      this.#blame(sequenceOf(loose), e as TsysClientError);
      return;
    }
    if (clear.length === 1) {
      this.#s.hooks.emit('in', 'control', clear);
      if (clear[0] === NAK) {
        // A NAK names no request: it is attributed only when exactly one is outstanding; otherwise
        // the requests concerned end with the pending-response timeout (597).
        this.#blame(
          undefined,
          clientError(TsysClientErrorCode.HOST_NAK, 'the host answered NAK instead of a response', {
            outcome: 'unknown',
            actual: 'NAK',
          }),
        );
      }
      return;
    }
    const seq = sequenceOf(clear);
    this.#s.hooks.emit('in', 'auth-response', clear, seq);
    const p = seq === undefined ? undefined : this.#pending.get(seq);
    if (p === undefined) {
      // No request waits for it (answered late, after its 597): dropped, never given to anyone else.
      if (seq === undefined)
        this.#blame(
          undefined,
          clientError(ErrorCode.CORRUPT_RESPONSE, 'an answer without a readable sequence number', {
            outcome: 'unknown',
          }),
        );
      return;
    }
    try {
      p.settle(undefined, readAuthAnswer(clear, p.sequence));
    } catch (e) {
      p.settle(e as TsysClientError);
    }
  }

  /** Fails the request with this sequence number, or the only one outstanding. */
  #blame(sequence: number | undefined, error: TsysClientError): void {
    const p =
      (sequence === undefined ? undefined : this.#pending.get(sequence)) ??
      (this.#pending.size === 1 ? [...this.#pending.values()][0] : undefined);
    p?.settle(error);
  }

  async #interleaved(bytes: Uint8Array, sequence: number, call: CallOptions): Promise<AuthorizationResponse> {
    if (this.#pending.size + this.#reserved >= this.#s.maxPending) {
      throw clientError(
        TsysClientErrorCode.PENDING_MAX_EXCEEDED,
        `${this.#s.maxPending} requests are already waiting for answers (maxPending)`,
        { outcome: 'not-sent', expected: `at most ${this.#s.maxPending}` },
      );
    }
    if (this.#pending.has(sequence)) {
      throw clientError(ErrorCode.INVALID_ARGUMENT, `sequence number ${sequence} is already outstanding`, {
        outcome: 'not-sent',
        field: 'sequenceNumber',
      });
    }
    if (call.signal?.aborted) throw aborted(call.signal, 'not-sent', 'before sending');
    this.#reserved++;
    let conn: TlsConnection;
    try {
      conn = await this.#interleavedConnection(call);
    } finally {
      this.#reserved--;
    }
    if (this.#pending.has(sequence)) {
      throw clientError(ErrorCode.INVALID_ARGUMENT, `sequence number ${sequence} is already outstanding`, {
        outcome: 'not-sent',
        field: 'sequenceNumber',
      });
    }
    return new Promise<AuthorizationResponse>((resolve, reject) => {
      const timeoutMs = call.timeoutMs ?? this.#s.pendingResponseMs;
      let done = false;
      const onAbort = () =>
        entry.settle(
          aborted(call.signal, 'unknown', 'while waiting for the answer (the host may have the request)'),
        );
      const timer = setTimeout(
        () =>
          entry.settle(
            clientError(
              TsysClientErrorCode.PENDING_RESPONSE_TIMEOUT,
              `no answer to sequence number ${String(sequence).padStart(4, '0')} within ${timeoutMs} ms`,
              { outcome: 'unknown', expected: `an answer within ${timeoutMs} ms` },
            ),
          ),
        timeoutMs,
      );
      const entry: Pending = {
        sequence,
        settle: (error, response) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          call.signal?.removeEventListener('abort', onAbort);
          if (this.#pending.get(sequence) === entry) this.#pending.delete(sequence);
          if (error !== undefined) reject(error);
          else resolve(response!);
        },
      };
      this.#pending.set(sequence, entry);
      call.signal?.addEventListener('abort', onAbort, { once: true });
      this.#s.hooks.emit('out', 'auth-request', bytes, sequence);
      conn
        .write(toWire(bytes, this.#parity))
        .catch((e: unknown) => entry.settle(wrapError(e, 'unknown', 'authorization')));
    });
  }

  async settle(frames: Uint8Array[], call: CallOptions): Promise<SettlementResponse> {
    const conn = await this.#connect(call);
    let trailerSent = false;
    try {
      for (let i = 0; i < frames.length; i++) {
        const frame = frames[i]!;
        const last = frame[frame.length - 2] === ETX;
        if (last) trailerSent = true;
        this.#s.hooks.emit('out', 'settlement-record', frame);
        let raw = await conn.request(
          toWire(frame, this.#parity),
          this.#reader,
          this.#readOptions(call, this.#s.settlementMs),
        );
        for (;;) {
          const clear = fromWire(raw, this.#parity);
          if (clear.length === 1) {
            this.#s.hooks.emit('in', 'control', clear);
            const b = clear[0]!;
            if (b === ACK && !last) break; // next record
            if (b === ACK) {
              raw = await conn.read(this.#reader, this.#readOptions(call, this.#s.settlementMs));
              continue;
            }
            throw clientError(
              b === NAK ? TsysClientErrorCode.HOST_NAK : TsysClientErrorCode.INVALID_RESPONSE,
              `the host answered ${controlName(b)} to settlement record ${i + 1}`,
              { outcome: trailerSent ? 'unknown' : 'not-sent', actual: controlName(b) },
            );
          }
          this.#s.hooks.emit('in', 'batch-response', clear);
          try {
            return decodeBatchResponse(clear);
          } catch (e) {
            throw wrapError(e, 'unknown', 'the batch answer does not decode');
          }
        }
      }
      throw clientError(ErrorCode.INVALID_ARGUMENT, 'the batch has no trailer (ETX) record', {
        outcome: 'not-sent',
      });
    } catch (e) {
      const err = wrapError(e, trailerSent ? 'unknown' : 'not-sent', 'settlement');
      if (!trailerSent && err.outcome === 'unknown') {
        // Without its trailer a batch is never accepted: whatever the host got, it has no batch.
        const copy = clientError(
          err.code,
          `${err.message} (before the trailer: the host cannot have accepted the batch)`,
          {
            outcome: 'not-sent',
            cause: err,
            name: err.name,
          },
        );
        throw copy;
      }
      throw err;
    } finally {
      this.#drop(conn);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    const closing = clientError(
      TsysClientErrorCode.CLIENT_CLOSED,
      'the client was closed with the request outstanding',
      {
        outcome: 'unknown',
      },
    );
    for (const p of [...this.#pending.values()]) p.settle(closing);
    const all = [...this.#open];
    this.#open.clear();
    this.#conn = undefined;
    this.#iconn = undefined;
    await Promise.allSettled(all.map((c) => c.close(200)));
  }
}

/** Bit 7 cleared without checking (for hooks and damaged frames). */
function fromWireLoose(raw: Uint8Array): Uint8Array {
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw[i]! & 0x7f;
  return out;
}
