/** The exchange log: one masked entry per request a simulated host answered. */

import { maskPansInText } from '@paywire/core';
import type { FaultMode, HostName } from './faults.js';

export interface ExchangeLogEntry {
  at: string;
  host: HostName;
  transport: 'tls' | 'https';
  /** Masked one-line summary of the request (kind, operation, key fields). */
  request: string;
  /** Masked one-line summary of the answer, or what was done instead. */
  response: string;
  fault?: FaultMode;
}

export class ExchangeLog {
  readonly entries: ExchangeLogEntry[] = [];
  readonly #listeners: ((e: ExchangeLogEntry) => void)[] = [];
  readonly #max: number;

  constructor(max = 10_000) {
    this.#max = max;
  }

  /** Records an entry; summaries go through PAN masking once more as a last line of defence. */
  add(entry: Omit<ExchangeLogEntry, 'at'>): void {
    const e: ExchangeLogEntry = {
      ...entry,
      at: new Date().toISOString(),
      request: maskPansInText(entry.request),
      response: maskPansInText(entry.response),
    };
    this.entries.push(e);
    if (this.entries.length > this.#max) this.entries.shift();
    for (const l of this.#listeners) l(e);
  }

  onEntry(listener: (e: ExchangeLogEntry) => void): void {
    this.#listeners.push(listener);
  }

  forHost(host: HostName): ExchangeLogEntry[] {
    return this.entries.filter((e) => e.host === host);
  }
}
