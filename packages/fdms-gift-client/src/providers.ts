/**
 * Service providers: discovery (GET `<discoveryUrl>/<serviceId>`), Ping of every URL, and the
 * order in which transactions use them: the fastest first, re-pinged every N transactions (the
 * seed: at start and every 100 transactions).
 */

import { pingRequest, serviceDiscoveryUrl } from '@paywire/datawire';
import { GiftClientError, GiftClientErrorCode } from './errors.js';
import type { GiftClientEvent, ServiceProviderRank } from './types.js';
import type { Wire } from './wire.js';

export interface ProviderContext {
  wire: Wire;
  serviceId: string;
  discoveryUrl: string | undefined;
  /** Fixed URLs (no discovery). */
  serviceUrls: readonly string[] | undefined;
  pingMs: number;
  discoveryMs: number;
  repingEvery: number;
  /** DID, App, Auth and a fresh ClientRef for a Ping. */
  identity(): { did: string; app: string; auth: string; clientRef: string };
  emit(event: GiftClientEvent): void;
}

export class Providers {
  readonly #ctx: ProviderContext;
  #candidates: string[] | undefined;
  #ranked: ServiceProviderRank[] | undefined;
  #starting: Promise<ServiceProviderRank[]> | undefined;
  #reping: Promise<void> | undefined;
  #sincePing = 0;

  constructor(ctx: ProviderContext) {
    this.#ctx = ctx;
    if (ctx.serviceUrls !== undefined && ctx.serviceUrls.length > 0) this.#candidates = [...ctx.serviceUrls];
  }

  /** URLs a registration answer listed: used when neither `serviceUrls` nor discovery are configured. */
  offer(urls: readonly string[]): void {
    if (this.#candidates === undefined && this.#ctx.discoveryUrl === undefined && urls.length > 0) {
      this.#candidates = [...urls];
    }
  }

  get ranking(): ServiceProviderRank[] {
    return (this.#ranked ?? []).map((r) => ({ ...r }));
  }

  /** Service discovery: the provider URLs for the ServiceID. */
  async discover(signal?: AbortSignal): Promise<string[]> {
    const base = this.#ctx.discoveryUrl;
    if (base === undefined) {
      throw new GiftClientError(705, 'service discovery needs discoveryUrl', {
        outcome: 'not-sent',
        field: 'discoveryUrl',
      });
    }
    const url = serviceDiscoveryUrl(base, this.#ctx.serviceId);
    const { response } = await this.#ctx.wire.exchange({
      service: 'ServiceDiscovery',
      urls: [url],
      responseTimeoutMs: this.#ctx.discoveryMs,
      signal,
    });
    if (response.status !== 'OK' || response.body?.type !== 'serviceDiscovery') {
      throw new GiftClientError(530, `service discovery answered status ${response.status}`, {
        outcome: 'not-sent',
        datawireStatus: response.status,
        retryable: response.status === 'Retry' || response.status === 'OtherError',
      });
    }
    const urls = response.body.providers.map((p) => p.url).filter((u) => u.length > 0);
    if (urls.length === 0) {
      throw new GiftClientError(GiftClientErrorCode.NO_SERVICE_PROVIDER, 'service discovery listed no URL', {
        outcome: 'not-sent',
      });
    }
    this.#candidates = urls;
    this.#ctx.emit({ type: 'discovery', urls: [...urls] });
    return [...urls];
  }

  async #pingOne(url: string, signal?: AbortSignal): Promise<ServiceProviderRank | undefined> {
    const id = this.#ctx.identity();
    const started = performance.now();
    try {
      const { response } = await this.#ctx.wire.exchange({
        service: 'Ping',
        urls: [url],
        request: pingRequest({ ...id, serviceId: this.#ctx.serviceId }),
        responseTimeoutMs: this.#ctx.pingMs,
        signal,
      });
      const roundTripMs = Math.round((performance.now() - started) * 10) / 10;
      if (response.status !== 'OK' || response.body?.type !== 'ping') {
        this.#ctx.emit({ type: 'ping', url, ok: false, roundTripMs });
        return undefined;
      }
      const costs = response.body.costs;
      const cost = costs.find((c) => c.serviceId === this.#ctx.serviceId) ?? costs[0];
      const reported = cost === undefined ? Number.NaN : Number(cost.transactionTimeMs);
      const rank: ServiceProviderRank = { url, roundTripMs, score: roundTripMs };
      if (Number.isFinite(reported) && reported >= 0) {
        rank.reportedMs = reported;
        rank.score = roundTripMs + reported;
      }
      this.#ctx.emit({
        type: 'ping',
        url,
        ok: true,
        roundTripMs,
        ...(rank.reportedMs !== undefined ? { reportedMs: rank.reportedMs } : {}),
      });
      return rank;
    } catch (e) {
      if (signal?.aborted) throw e;
      this.#ctx.emit({ type: 'ping', url, ok: false, roundTripMs: performance.now() - started });
      return undefined;
    }
  }

  /** Pings every candidate URL (in parallel) and orders them fastest first. */
  async ping(signal?: AbortSignal): Promise<ServiceProviderRank[]> {
    const urls = this.#candidates;
    if (urls === undefined) {
      throw new GiftClientError(
        GiftClientErrorCode.NO_SERVICE_PROVIDER,
        'no service provider URL known yet',
        {
          outcome: 'not-sent',
        },
      );
    }
    const ranks = (await Promise.all(urls.map((u) => this.#pingOne(u, signal)))).filter(
      (r): r is ServiceProviderRank => r !== undefined,
    );
    if (ranks.length === 0) {
      throw new GiftClientError(
        GiftClientErrorCode.NO_SERVICE_PROVIDER,
        `none of the ${urls.length} service provider URLs answered a Ping`,
        { outcome: 'not-sent', retryable: true },
      );
    }
    ranks.sort((a, b) => a.score - b.score);
    this.#ranked = ranks;
    this.#sincePing = 0;
    return this.ranking;
  }

  /** Discovery (when configured and not done) and the first Ping; shared by concurrent callers. */
  start(signal?: AbortSignal): Promise<ServiceProviderRank[]> {
    if (this.#ranked !== undefined) return Promise.resolve(this.ranking);
    if (this.#starting === undefined) {
      const run = async () => {
        if (this.#candidates === undefined) await this.discover(signal);
        const ranking = await this.ping(signal);
        this.#ctx.emit({ type: 'provider-selected', urls: ranking.map((r) => r.url), reason: 'start' });
        return ranking;
      };
      this.#starting = run().finally(() => {
        this.#starting = undefined;
      });
    }
    return this.#starting;
  }

  /** The URLs for the next transaction, fastest first; pings again every `repingEvery` transactions. */
  async forTransaction(signal?: AbortSignal): Promise<string[]> {
    await this.start(signal);
    if (this.#sincePing >= this.#ctx.repingEvery && this.#reping === undefined) {
      this.#reping = this.ping(signal)
        .then(
          (ranking) => {
            this.#ctx.emit({ type: 'provider-selected', urls: ranking.map((r) => r.url), reason: 'reping' });
          },
          () => {
            // Keep the previous order when every Ping fails; count again from zero.
            this.#sincePing = 0;
          },
        )
        .finally(() => {
          this.#reping = undefined;
        });
    }
    if (this.#reping !== undefined) await this.#reping;
    this.#sincePing++;
    return (this.#ranked ?? []).map((r) => r.url);
  }
}
