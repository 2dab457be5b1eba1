/**
 * ClientRef per exchange, in the recommended `tttttttVnnnnnn` layout: a 7-digit transaction id that
 * counts up (wrapping after 9 999 999) and the application's 6-character version. The same 7
 * digits go into SVdot field 15 (the seed's transaction_number is both).
 */

import { buildClientRef } from '@paywire/datawire';

export class ClientRefs {
  #next: number;
  readonly #version: string;

  constructor(first: number | undefined, version: string | { major: number; revision: number }) {
    // Validate the version once, here, rather than on every request.
    this.#version = buildClientRef(0, version).slice(8);
    if (first === undefined) {
      this.#next = Math.floor(Math.random() * 9_000_000) + 1;
    } else {
      buildClientRef(first, this.#version);
      this.#next = first;
    }
  }

  /** The next transaction id (7 digits) and its ClientRef. */
  next(): { id: string; clientRef: string } {
    const n = this.#next;
    this.#next = n >= 9_999_999 ? 1 : n + 1;
    const clientRef = buildClientRef(n, this.#version);
    return { id: clientRef.slice(0, 7), clientRef };
  }
}
