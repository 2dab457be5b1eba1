/**
 * Link level of the simulated TSYS socket: splits the byte stream into `STX … ETX|ETB LRC` frames
 * and single control bytes, and checks each frame's even parity and LRC.
 */

import { ETB, ETX, findParityError, STX, stripParity } from '@paywire/core';

export type LinkToken =
  | {
      type: 'frame';
      /** The frame without parity (bit 7 cleared), STX through LRC. */
      bytes: Uint8Array;
      /** ETX (last record, authorization) or ETB (settlement record that is not the last). */
      terminator: number;
      /** False when a byte lacked even parity (only checked with parity on). */
      parityOk: boolean;
      lrcOk: boolean;
    }
  | { type: 'control'; byte: number }
  | { type: 'noise'; length: number }
  | { type: 'overflow' };

/** Largest frame the host accepts before giving up on the connection. */
export const MAX_FRAME_BYTES = 16 * 1024;

export class FrameScanner {
  #buf = new Uint8Array(0);
  readonly #parity: boolean;

  constructor(parity: boolean) {
    this.#parity = parity;
  }

  push(chunk: Uint8Array): LinkToken[] {
    const merged = new Uint8Array(this.#buf.length + chunk.length);
    merged.set(this.#buf);
    merged.set(chunk, this.#buf.length);
    const out: LinkToken[] = [];
    const mask = this.#parity ? 0x7f : 0xff;
    let p = 0;
    while (p < merged.length) {
      const b = merged[p]! & mask;
      if (b !== STX) {
        if (b < 0x20) {
          out.push({ type: 'control', byte: b });
          p++;
          continue;
        }
        let q = p;
        while (q < merged.length && (merged[q]! & mask) >= 0x20 && (merged[q]! & mask) !== STX) q++;
        out.push({ type: 'noise', length: q - p });
        p = q;
        continue;
      }
      let end = -1;
      for (let i = p + 1; i < merged.length; i++) {
        const c = merged[i]! & mask;
        if (c === ETX || c === ETB) {
          end = i;
          break;
        }
      }
      if (end < 0 || end + 1 >= merged.length) {
        if (merged.length - p > MAX_FRAME_BYTES) {
          out.push({ type: 'overflow' });
          p = merged.length;
        }
        break;
      }
      const raw = merged.subarray(p, end + 2);
      const parityOk = !this.#parity || findParityError(raw) < 0;
      const bytes = this.#parity ? stripParity(raw) : raw.slice();
      let x = 0;
      for (let i = 1; i < bytes.length - 1; i++) x ^= bytes[i]!;
      out.push({
        type: 'frame',
        bytes,
        terminator: bytes[bytes.length - 2]!,
        parityOk,
        lrcOk: x === bytes[bytes.length - 1],
      });
      p = end + 2;
    }
    this.#buf = merged.slice(p);
    return out;
  }
}
