/** One request, one answer, on a fresh connection: the common case for single-auth hosts. */

import type { ConnectAttempt } from '@paywire/transport-common';
import { connectTls, type TlsConnectOptions } from './connect.js';
import type { ReadOptions } from './connection.js';
import type { MessageReader } from './readers.js';

export interface ExchangeOptions extends TlsConnectOptions {
  /** The request bytes, written once. */
  request: Uint8Array;
  /** How to find the end of the answer. */
  reader: MessageReader;
}

export interface ExchangeResult {
  response: Uint8Array;
  /** The greeting read before sending, when `greeting` was given. */
  greeting: Uint8Array | undefined;
  /** The host that answered. */
  host: string;
  port: number;
  /** Every connection attempt, the successful one last. */
  attempts: readonly ConnectAttempt[];
}

/**
 * Connects (failing over across `hosts` as `connectTls` does), reads the optional greeting,
 * writes `request` once, reads one message with `reader`, and closes the connection.
 */
export async function exchange(options: ExchangeOptions): Promise<ExchangeResult> {
  const connection = await connectTls(options);
  try {
    const readOptions: ReadOptions = {};
    if (options.responseTimeoutMs !== undefined) readOptions.timeoutMs = options.responseTimeoutMs;
    const response = await connection.request(options.request, options.reader, readOptions);
    return {
      response,
      greeting: connection.greeting,
      host: connection.host,
      port: connection.port,
      attempts: connection.attempts,
    };
  } finally {
    connection.destroy();
  }
}
