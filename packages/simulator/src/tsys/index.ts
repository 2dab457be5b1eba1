/**
 * The simulated TSYS host: the TLS socket (ENQ, application types 0/2/4, settlement record by
 * record) and the HTTPS gateway (`/scripts/gateway.dll?transact`), sharing one state.
 */

import type { AuthorizationRequest } from '@paywire/tsys';
import type { HostContext, RunningHost } from '../context.js';
import { startHttpsServer, startTlsServer } from '../servers.js';
import { GATEWAY_PATH, gatewayHandler } from './gateway.js';
import type { InterleaveOrder, Runtime } from './runtime.js';
import { serveSocket } from './socket.js';
import { type TsysAcceptedBatch, type TsysAuthorization, TsysState } from './state.js';
import { DEFAULT_HEALTHCARE_BALANCE } from './triggers.js';

export {
  AUTH_CONTENT_TYPE,
  ERROR_CONTENT_TYPE,
  GATEWAY_PATH,
  gatewayErrorBody,
  RESPONSE_CONTENT_TYPE,
  SETTLE_CONTENT_TYPE,
} from './gateway.js';
export type { InterleaveOrder } from './runtime.js';
export type { TsysAcceptedBatch, TsysAuthorization } from './state.js';
export * as tsysTestData from './triggers.js';

export interface TsysHostOptions {
  /** Port of the TLS socket host (default 0: ephemeral). */
  socketPort?: number;
  /** Port of the HTTPS gateway (default 0: ephemeral). */
  gatewayPort?: number;
  /** Even parity on every byte, both directions (default true). `false` runs the link 8-bit clean. */
  parity?: boolean;
  /** Balance of healthcare (IIAS) cards in minor units (default 50 000 = $500.00). */
  healthcareBalance?: number;
  /** Clock for local transaction date and time (default: now, written in UTC). */
  now?: () => Date;
  /** Delay before answering an authorization, per request (socket only; default none). */
  responseDelayMs?: (request: AuthorizationRequest) => number;
  /**
   * Interleaved connections (application type 4): requests arriving within `interleaveWindowMs`
   * of the first one are answered together in this order (default `reverse`: last in, first out).
   */
  interleaveOrder?: InterleaveOrder;
  /** Default 25 ms. */
  interleaveWindowMs?: number;
  /** Seed of the `shuffle` order (default 1). */
  seed?: number;
  /**
   * Also ask the fault controller when a connection opens (`{ kind: 'tsys-connect' }`), before the
   * ENQ: drop, delay, garbage and nak then hit the greeting, so clients see "not sent". Off by
   * default so that rules without `match` keep applying to requests.
   */
  connectFaults?: boolean;
}

export interface TsysHost extends RunningHost {
  /** The TLS socket host. */
  socket: { host: string; port: number };
  /** The HTTPS gateway: `url` is the full `…/scripts/gateway.dll?transact`. */
  gateway: { host: string; port: number; url: string };
  /** Authorizations answered so far, by transaction identifier (card numbers masked). */
  readonly authorizations: ReadonlyMap<string, TsysAuthorization>;
  /** Batches accepted (GB) so far, oldest first. */
  readonly batches: readonly TsysAcceptedBatch[];
}

export async function startTsysHost(ctx: HostContext, options: TsysHostOptions = {}): Promise<TsysHost> {
  const state = new TsysState();
  const rt: Runtime = {
    ctx,
    state,
    settings: {
      parity: options.parity !== false,
      healthcareBalance: options.healthcareBalance ?? DEFAULT_HEALTHCARE_BALANCE,
      now: options.now ?? (() => new Date()),
      responseDelayMs: options.responseDelayMs,
      interleaveOrder: options.interleaveOrder ?? 'reverse',
      interleaveWindowMs: options.interleaveWindowMs ?? 25,
      seed: options.seed ?? 1,
      connectFaults: options.connectFaults === true,
    },
  };
  const socket = await startTlsServer(ctx.material, (s) => serveSocket(rt, s), {
    host: ctx.bind,
    port: options.socketPort ?? 0,
  });
  let gateway: Awaited<ReturnType<typeof startHttpsServer>>;
  try {
    gateway = await startHttpsServer(ctx.material, gatewayHandler(rt), {
      host: ctx.bind,
      port: options.gatewayPort ?? 0,
    });
  } catch (e) {
    await socket.close();
    throw e;
  }
  const urlHost = ctx.bind === '::1' ? '[::1]' : ctx.bind;
  return {
    socket: { host: socket.host, port: socket.port },
    gateway: {
      host: gateway.host,
      port: gateway.port,
      url: `https://${urlHost}:${gateway.port}${GATEWAY_PATH}?transact`,
    },
    authorizations: state.authorizations,
    batches: state.batches,
    async close() {
      await Promise.allSettled([socket.close(), gateway.close()]);
    },
  };
}
