/**
 * Fault modes: how a simulated host misbehaves, selectable per host and per request.
 * A rule applies to the next `times` requests that match it (all of them when `times` is
 * Infinity), then expires. Hosts ask `take()` once per request and act on what they get.
 */

export type HostName = 'tsys' | 'paymentech' | 'datawire' | 'trustcommerce';

export type FaultMode =
  /** Close the connection without answering (request received). */
  | 'drop'
  /** Answer after `delayMs` (default 10 s: past any sensible response timeout). */
  | 'delay'
  /** Send only the first half of the answer, then close. */
  | 'truncate'
  /** Framed answers: flip the LRC byte. */
  | 'corrupt-lrc'
  /** Framed answers: send with odd parity on one byte. */
  | 'wrong-parity'
  /** Answer with random bytes. */
  | 'garbage'
  /** TSYS: answer NAK instead of a response. */
  | 'nak'
  /** Write part of the answer, then destroy the socket. */
  | 'disconnect-mid'
  /** HTTPS hosts: HTTP 500 with an empty body. */
  | 'http-5xx'
  /** Datawire: registration answers Retry (or a transaction answers Retry status). */
  | 'datawire-retry'
  /** Datawire: transaction answered with ReturnCode 205 and an empty payload. */
  | 'return-code-205'
  /**
   * Paymentech: answered with HTTP 500 and a NetConnect `Error-Code` (`errorCode`, default 506).
   * The request is processed first for the codes that leave the outcome unknown (506, 509,
   * 515-517) and not processed for any other code (refused before reaching the host).
   */
  | 'netconnect-error';

export const FAULT_MODES: readonly FaultMode[] = [
  'drop',
  'delay',
  'truncate',
  'corrupt-lrc',
  'wrong-parity',
  'garbage',
  'nak',
  'disconnect-mid',
  'http-5xx',
  'datawire-retry',
  'return-code-205',
  'netconnect-error',
];

/** What a host tells the controller about the request it is answering. */
export interface RequestInfo {
  /** Message kind, e.g. `tsys-auth-request`, `paymentech-request`, `datawire-request`. */
  kind: string;
  /** Operation, e.g. transaction code `54`, `sale`, `Registration`, `2101`. */
  operation?: string;
}

export interface FaultRule {
  mode: FaultMode;
  /** How many matching requests it applies to (default 1). */
  times?: number;
  /** For `delay`: how long (default 10,000 ms). */
  delayMs?: number;
  /** For `netconnect-error`: the Error-Code header value (default `506`). */
  errorCode?: string;
  /** Apply only to requests this accepts. */
  match?: (request: RequestInfo) => boolean;
}

interface ActiveRule extends FaultRule {
  remaining: number;
}

export class FaultController {
  readonly #rules = new Map<HostName, ActiveRule[]>();

  /** Adds a rule for a host; returns a function that removes it. */
  add(host: HostName, rule: FaultRule): () => void {
    const active: ActiveRule = { ...rule, remaining: rule.times ?? 1 };
    const list = this.#rules.get(host) ?? [];
    list.push(active);
    this.#rules.set(host, list);
    return () => {
      const l = this.#rules.get(host);
      if (l)
        this.#rules.set(
          host,
          l.filter((r) => r !== active),
        );
    };
  }

  /** The fault to apply to this request, if any (consumes one use of the rule). */
  take(host: HostName, request: RequestInfo): FaultRule | undefined {
    const list = this.#rules.get(host);
    if (!list) return undefined;
    for (const r of list) {
      if (r.remaining <= 0) continue;
      if (r.match && !r.match(request)) continue;
      r.remaining--;
      return r;
    }
    return undefined;
  }

  clear(host?: HostName): void {
    if (host) this.#rules.delete(host);
    else this.#rules.clear();
  }

  /** Rules that still have uses left. */
  pending(host: HostName): number {
    return (this.#rules.get(host) ?? []).filter((r) => r.remaining > 0).length;
  }
}

/** Delay for the `delay` mode; the timer is unref'd so it never holds the process open. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    t.unref?.();
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

/** Deterministic junk for the `garbage` mode (no framing characters at the start). */
export function garbageBytes(n = 32): Uint8Array {
  const out = new Uint8Array(n);
  let x = 0x2f6b;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = 0x80 | (x & 0x7f);
  }
  return out;
}
