/** One verified TLS connection to a host: write requests, read framed messages. */

import type { TLSSocket } from 'node:tls';
import { ErrorCode, isPaywireError } from '@paywire/core';
import {
  abortError,
  type ConnectAttempt,
  checkTimeout,
  classifySocketError,
  deadlineError,
  deadlineMs,
  earliest,
  Guard,
  isHandshakeError,
  TransportError,
  TransportErrorCode,
  type TransportOutcome,
} from '@paywire/transport-common';
import type { MessageReader } from './readers.js';

export interface ReadOptions {
  /**
   * Milliseconds to wait for the complete message: from the write for `request`, from the call
   * for `read`. Defaults to the connection's `responseTimeoutMs`.
   */
  timeoutMs?: number;
  /** Absolute deadline (epoch ms or Date); defaults to the connection's deadline. */
  deadline?: number | Date;
  signal?: AbortSignal;
}

export interface StreamOptions {
  /** Absolute deadline for the whole stream; defaults to the connection's deadline. */
  deadline?: number | Date;
  signal?: AbortSignal;
}

export interface MessageHandlers {
  /** Called with every complete message, in arrival order. */
  message(message: Uint8Array): void;
  /** Called once if the connection fails (a `TransportError`); the connection is then closed. */
  error?(error: TransportError): void;
  /** Called once when the host closes the connection cleanly between messages. */
  end?(): void;
}

export interface ConnectionInfo {
  host: string;
  port: number;
  connectionDefaults: {
    responseTimeoutMs: number;
    deadline: number | undefined;
  };
  attempts: readonly ConnectAttempt[];
}

interface Consumer {
  reader: MessageReader;
  /** true: one message then detach (read/request); false: every message (stream). */
  once: boolean;
  deliver(message: Uint8Array): void;
  fail(error: TransportError): void;
  end(): void;
}

const EMPTY = new Uint8Array(0);

/** Default response timeout when neither the connection nor the read sets one. */
export const DEFAULT_RESPONSE_TIMEOUT_MS = 60_000;

export class TlsConnection {
  /** Host name or address the connection was opened to (as the caller gave it). */
  readonly host: string;
  readonly port: number;
  /** Every connection attempt made while connecting, the successful one last. */
  readonly attempts: readonly ConnectAttempt[];
  /** The greeting message read during connect (e.g. ENQ), if a greeting reader was given. */
  greeting: Uint8Array | undefined;

  private readonly socket: TLSSocket;
  private readonly responseTimeoutMs: number;
  private readonly deadline: number | undefined;
  private buffer: Uint8Array = EMPTY;
  private consumer: Consumer | undefined;
  private closed = false;
  private ended = false;
  private socketError: unknown;
  private unanswered = 0;
  private written = 0;
  private received = 0;
  private readonly closeWaiters: Array<() => void> = [];

  /** @internal Use `connectTls`. */
  constructor(socket: TLSSocket, info: ConnectionInfo) {
    this.socket = socket;
    this.host = info.host;
    this.port = info.port;
    this.attempts = info.attempts;
    this.responseTimeoutMs = info.connectionDefaults.responseTimeoutMs;
    this.deadline = info.connectionDefaults.deadline;
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => {
      this.ended = true;
      this.onGone();
    });
    socket.on('error', (err) => {
      this.socketError ??= err;
    });
    socket.on('close', () => {
      this.closed = true;
      this.onGone();
      for (const w of this.closeWaiters.splice(0)) w();
    });
  }

  /** Negotiated protocol, e.g. `TLSv1.3`. */
  get protocol(): string | null {
    return this.socket.getProtocol();
  }

  get remoteAddress(): string | undefined {
    return this.socket.remoteAddress;
  }

  /** Bytes of requests handed to the socket so far. */
  get bytesWritten(): number {
    return this.written;
  }

  /** Bytes received so far (framed or not). */
  get bytesReceived(): number {
    return this.received;
  }

  /** Bytes received that no reader has taken yet. */
  get buffered(): number {
    return this.buffer.length;
  }

  /** True once the connection can no longer send (closed by either side or after an error). */
  get isClosed(): boolean {
    return this.closed || this.ended || this.socket.destroyed || !this.socket.writable;
  }

  /**
   * Writes `request` and resolves with the next complete message read with `reader`. Never
   * re-sends. On any failure after the write the error's outcome is `unknown` and the connection
   * is closed (a late answer must never be taken for the answer to the next request).
   */
  request(request: Uint8Array, reader: MessageReader, options: ReadOptions = {}): Promise<Uint8Array> {
    return this.readInternal(reader, options, request);
  }

  /** Resolves with the next complete message (e.g. the ENQ greeting) without writing anything. */
  read(reader: MessageReader, options: ReadOptions = {}): Promise<Uint8Array> {
    return this.readInternal(reader, options, undefined);
  }

  /**
   * Writes bytes without waiting for an answer (interleaved hosts: pair with `messages` or
   * `onMessage`). Resolves when the bytes are handed to the operating system.
   */
  write(data: Uint8Array): Promise<void> {
    if (!(data instanceof Uint8Array)) {
      return Promise.reject(
        new TransportError(ErrorCode.INVALID_ARGUMENT, 'request must be a Uint8Array', {
          outcome: 'not-sent',
        }),
      );
    }
    const refused = this.refuseIfClosed();
    if (refused !== undefined) return Promise.reject(refused);
    return new Promise((resolve, reject) => {
      this.writeRaw(data, (err) => {
        if (err === undefined) resolve();
        else reject(this.connectionError(err, 'unknown', 'while writing'));
      });
    });
  }

  /**
   * Every complete message as it arrives (interleaved hosts answer out of order): an async
   * iterator that ends when the host closes the connection cleanly between messages and throws a
   * `TransportError` otherwise. Breaking out of the loop stops delivery but keeps the connection.
   */
  messages(reader: MessageReader, options: StreamOptions = {}): AsyncIterableIterator<Uint8Array> {
    const queue: Uint8Array[] = [];
    const waiting: Array<{ resolve(v: IteratorResult<Uint8Array>): void; reject(e: unknown): void }> = [];
    let failure: TransportError | undefined;
    let finished = false;
    let unsubscribe: (() => void) | undefined;
    const settle = () => {
      while (waiting.length > 0) {
        const w = waiting[0]!;
        if (queue.length > 0) {
          waiting.shift();
          w.resolve({ value: queue.shift()!, done: false });
        } else if (failure !== undefined) {
          waiting.shift();
          w.reject(failure);
          failure = undefined;
          finished = true;
        } else if (finished) {
          waiting.shift();
          w.resolve({ value: undefined, done: true });
        } else break;
      }
      if (queue.length > 64) this.socket.pause();
      else this.socket.resume();
    };
    try {
      unsubscribe = this.onMessage(
        reader,
        {
          message: (m) => {
            queue.push(m);
            settle();
          },
          error: (e) => {
            failure = e;
            settle();
          },
          end: () => {
            finished = true;
            settle();
          },
        },
        options,
      );
    } catch (err) {
      failure = err as TransportError;
    }
    const iterator: AsyncIterableIterator<Uint8Array> = {
      next: () =>
        new Promise<IteratorResult<Uint8Array>>((resolve, reject) => {
          waiting.push({ resolve, reject });
          settle();
        }),
      return: async () => {
        if (!finished) {
          finished = true;
          unsubscribe?.();
          this.socket.resume();
        }
        queue.length = 0;
        settle();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /**
   * Event-callback form of `messages`: `handlers.message` receives every complete message.
   * Returns a function that stops delivery (the connection stays open).
   */
  onMessage(reader: MessageReader, handlers: MessageHandlers, options: StreamOptions = {}): () => void {
    if (this.consumer !== undefined) throw this.busyError();
    const deadline = earliest(deadlineMs(options.deadline), this.deadline);
    let active = true;
    let guard: Guard | undefined;
    const detach = () => {
      active = false;
      guard?.clear();
      if (this.consumer === consumer) this.consumer = undefined;
    };
    const consumer: Consumer = {
      reader,
      once: false,
      deliver: (m) => {
        if (active) handlers.message(m);
      },
      fail: (e) => {
        if (!active) return;
        detach();
        handlers.error?.(e);
      },
      end: () => {
        if (!active) return;
        detach();
        handlers.end?.();
      },
    };
    const outcome = (): TransportOutcome => (this.written > 0 ? 'unknown' : 'not-sent');
    if (options.signal?.aborted) throw abortError('not-sent', 'before reading', options.signal.reason);
    this.consumer = consumer;
    guard = new Guard({ deadline, signal: options.signal }, (why, reason) => {
      const err =
        why === 'abort'
          ? abortError(outcome(), 'while reading messages', reason)
          : deadlineError(outcome(), 'while reading messages');
      this.failAndClose(err);
    });
    queueMicrotask(() => this.pump());
    return detach;
  }

  /** Closes the connection gracefully (TLS close_notify), forcing it after `graceMs`. */
  close(graceMs = 1000): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.closeWaiters.push(resolve);
      const force = setTimeout(() => this.socket.destroy(), graceMs);
      force.unref?.();
      this.closeWaiters.push(() => clearTimeout(force));
      this.socket.end();
    });
  }

  /** Closes the connection at once. */
  destroy(): void {
    this.socket.destroy();
  }

  private busyError(): TransportError {
    return new TransportError(TransportErrorCode.BUSY, 'another read is already waiting on this connection', {
      outcome: 'not-sent',
      host: this.host,
      port: this.port,
    });
  }

  private refuseIfClosed(outcome: TransportOutcome = 'not-sent'): TransportError | undefined {
    if (!this.isClosed) return undefined;
    const cause = this.socketError;
    const what = outcome === 'not-sent' ? 'connection is closed; nothing was sent' : 'connection is closed';
    return new TransportError(TransportErrorCode.HOST_DISCONNECTED, what, {
      outcome,
      host: this.host,
      port: this.port,
      cause,
    });
  }

  private writeRaw(data: Uint8Array, done?: (err?: Error) => void): void {
    this.unanswered++;
    this.written += data.length;
    this.socket.write(data, (err) => done?.(err ?? undefined));
  }

  private readInternal(
    reader: MessageReader,
    options: ReadOptions,
    request: Uint8Array | undefined,
  ): Promise<Uint8Array> {
    try {
      if (request !== undefined && !(request instanceof Uint8Array)) {
        throw new TransportError(ErrorCode.INVALID_ARGUMENT, 'request must be a Uint8Array', {
          outcome: 'not-sent',
        });
      }
      checkTimeout('timeoutMs', options.timeoutMs);
      const deadline = earliest(deadlineMs(options.deadline), this.deadline);
      if (this.consumer !== undefined) throw this.busyError();
      if (options.signal?.aborted) throw abortError('not-sent', 'before sending', options.signal.reason);
      if (deadline !== undefined && Date.now() >= deadline) throw deadlineError('not-sent', 'before sending');
      if (request !== undefined || this.buffer.length === 0) {
        const refused = this.refuseIfClosed(
          request === undefined && this.unanswered > 0 ? 'unknown' : 'not-sent',
        );
        if (refused !== undefined) throw refused;
      }
      return new Promise<Uint8Array>((resolve, reject) => {
        const outcome = (): TransportOutcome => (this.unanswered > 0 ? 'unknown' : 'not-sent');
        const guard = new Guard(
          { timeoutMs: options.timeoutMs ?? this.responseTimeoutMs, deadline, signal: options.signal },
          (why, reason) => {
            const what =
              request === undefined
                ? `waiting for ${reader.name}`
                : `waiting for the ${reader.name} response`;
            let err: TransportError;
            if (why === 'abort') err = abortError(outcome(), what, reason);
            else if (why === 'deadline') err = deadlineError(outcome(), what);
            else {
              err = new TransportError(
                TransportErrorCode.NO_RESPONSE,
                `no complete message from the host: timed out ${what}`,
                {
                  outcome: outcome(),
                  host: this.host,
                  port: this.port,
                  actual: `${this.buffer.length} byte(s) of a message received`,
                },
              );
            }
            this.failAndClose(err);
          },
        );
        this.consumer = {
          reader,
          once: true,
          deliver: (m) => {
            guard.clear();
            this.unanswered = 0;
            resolve(m);
          },
          fail: (e) => {
            guard.clear();
            reject(e);
          },
          end: () => undefined,
        };
        if (request !== undefined) this.writeRaw(request);
        this.pump();
      });
    } catch (err) {
      return Promise.reject(err);
    }
  }

  private onData(chunk: Buffer): void {
    this.received += chunk.length;
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.buffer.length === 0) this.buffer = Uint8Array.from(bytes);
    else {
      const joined = new Uint8Array(this.buffer.length + bytes.length);
      joined.set(this.buffer, 0);
      joined.set(bytes, this.buffer.length);
      this.buffer = joined;
    }
    this.pump();
  }

  /** Hands every complete message in the buffer to the current consumer. */
  private pump(): void {
    while (this.consumer !== undefined && this.buffer.length > 0) {
      const consumer = this.consumer;
      const reader = consumer.reader;
      let length: number;
      try {
        length = reader.frameLength(this.buffer);
      } catch (err) {
        const code = isPaywireError(err) ? err.code : ErrorCode.CORRUPT_RESPONSE;
        const message = err instanceof Error ? err.message : String(err);
        const p = isPaywireError(err) ? err : undefined;
        this.failAndClose(
          new TransportError(code, `${reader.name} reader: ${message}`, {
            outcome: this.outcomeFor(consumer),
            host: this.host,
            port: this.port,
            expected: p?.expected,
            actual: p?.actual,
            cause: err,
          }),
        );
        return;
      }
      if (length > reader.maxBytes || (length < 0 && this.buffer.length >= reader.maxBytes)) {
        this.failAndClose(
          new TransportError(
            ErrorCode.INPUT_TOO_LARGE,
            `message exceeds the ${reader.name} reader's size cap`,
            {
              outcome: this.outcomeFor(consumer),
              host: this.host,
              port: this.port,
              field: 'maxBytes',
              expected: `at most ${reader.maxBytes} bytes`,
              actual: length < 0 ? `more than ${this.buffer.length} bytes` : `${length} bytes`,
            },
          ),
        );
        return;
      }
      if (length <= 0) return;
      let message: Uint8Array = this.buffer.slice(0, length);
      this.buffer = length === this.buffer.length ? EMPTY : this.buffer.subarray(length);
      if (reader.finish !== undefined) message = reader.finish(message);
      if (consumer.once) this.consumer = undefined;
      consumer.deliver(message);
    }
    if (this.ended || this.closed) this.onGone();
  }

  private outcomeFor(consumer: Consumer): TransportOutcome {
    if (consumer.once) return this.unanswered > 0 ? 'unknown' : 'not-sent';
    return this.written > 0 ? 'unknown' : 'not-sent';
  }

  /** The host closed (or the socket failed): fail or end whoever is waiting. */
  private onGone(): void {
    const consumer = this.consumer;
    if (consumer === undefined) return;
    if (this.buffer.length > 0) {
      // Complete messages were handed out by pump; what is left is a partial message.
      this.consumer = undefined;
      consumer.fail(
        new TransportError(
          TransportErrorCode.RESPONSE_TRUNCATED,
          `connection ended inside a ${consumer.reader.name} message`,
          {
            outcome: this.outcomeFor(consumer),
            host: this.host,
            port: this.port,
            actual: `${this.buffer.length} byte(s) received`,
            cause: this.socketError,
          },
        ),
      );
      this.socket.destroy();
      return;
    }
    if (!consumer.once && this.socketError === undefined) {
      this.consumer = undefined;
      consumer.end();
      return;
    }
    this.consumer = undefined;
    consumer.fail(
      this.connectionError(this.socketError, this.outcomeFor(consumer), 'before a complete message'),
    );
    this.socket.destroy();
  }

  private connectionError(err: unknown, outcome: TransportOutcome, when: string): TransportError {
    if (err === undefined) {
      return new TransportError(TransportErrorCode.HOST_DISCONNECTED, `host closed the connection ${when}`, {
        outcome,
        host: this.host,
        port: this.port,
      });
    }
    const c = classifySocketError(err);
    // A refused handshake (e.g. TLS 1.3 client certificate rejected) means the host's application
    // never received the request.
    const refused = isHandshakeError(err) && this.received === 0;
    const code = c.code === TransportErrorCode.CONNECT_FAILED ? TransportErrorCode.HOST_DISCONNECTED : c.code;
    return new TransportError(code, `${c.what} ${when}`, {
      outcome: refused ? 'not-sent' : outcome,
      host: this.host,
      port: this.port,
      cause: err,
    });
  }

  private failAndClose(err: TransportError): void {
    const consumer = this.consumer;
    this.consumer = undefined;
    this.socket.destroy();
    consumer?.fail(err);
  }
}
