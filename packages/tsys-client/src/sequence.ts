// Transaction sequence numbers (EIS 1080 §6.206): per terminal, 0001-9999, after 9999 comes 1.
// Each client owns its counters: no module-level state.

import { ErrorCode } from '@paywire/core';
import { clientError } from './errors.js';
import type { SequenceStore } from './types.js';

export const MAX_SEQUENCE = 9999;

/** The number after `n` (9999 wraps to 1). */
export function nextSequence(n: number): number {
  return n >= MAX_SEQUENCE ? 1 : n + 1;
}

export function checkSequence(n: unknown, field = 'sequenceNumber'): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_SEQUENCE) {
    throw clientError(ErrorCode.OUT_OF_RANGE, `${field} must be an integer 1-9999`, {
      outcome: 'not-sent',
      field,
    });
  }
  return n;
}

/** The default store: in memory, one counter per terminal, first number `start` (default 1). */
export class MemorySequenceStore implements SequenceStore {
  readonly #counters = new Map<string, number>();
  readonly #start: number;

  constructor(start = 1) {
    this.#start = checkSequence(start, 'sequence.start');
  }

  next(terminal: string): number {
    const last = this.#counters.get(terminal);
    const n = last === undefined ? this.#start : nextSequence(last);
    this.#counters.set(terminal, n);
    return n;
  }
}

/** The key a terminal's counter is kept under. */
export function terminalKey(m: {
  acquirerBin: string;
  merchantNumber: string;
  storeNumber: string;
  terminalNumber: string;
}): string {
  return `${m.acquirerBin}/${m.merchantNumber}/${m.storeNumber}/${m.terminalNumber}`;
}
