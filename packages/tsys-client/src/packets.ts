// Raw packet hooks: every packet in and out, masked with the codecs' own traces (the fields marked
// sensitive: PAN, track, CVV, PIN block, ...) unless the caller asked for clear data in code.

import { ETB, ETX, maskPansInText, STX, type TraceEntry, toEscaped } from '@paywire/core';
import { traceAuthRequest, traceAuthResponse, traceBatch } from '@paywire/tsys';
import type { Hooks, PacketEvent } from './types.js';

type Kind = PacketEvent['kind'];

/** A copy of a frame with its last byte (LRC) recomputed over STX+1 .. ETX/ETB. */
function relrc(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  if (n < 3 || bytes[0] !== STX) return bytes;
  const end = bytes[n - 2];
  if (end !== ETX && end !== ETB) return bytes;
  let x = 0;
  for (let i = 1; i < n - 1; i++) x ^= bytes[i]!;
  bytes[n - 1] = x;
  return bytes;
}

function overwrite(copy: Uint8Array, entries: readonly TraceEntry[]): void {
  for (const e of entries) {
    if (e.sensitive === undefined) continue;
    const raw = e.raw;
    for (let i = 0; i < e.length; i++) {
      const at = e.offset + i;
      if (at >= copy.length) break;
      const c = i < raw.length ? raw.charCodeAt(i) : 0x2a;
      copy[at] = c < 0x80 && c >= 0x20 ? c : 0x2a;
    }
  }
}

/** A settlement record frame as if it were the last one (so the batch decoder reads it alone). */
function asLast(frame: Uint8Array): Uint8Array {
  const copy = frame.slice();
  if (copy.length >= 2 && copy[copy.length - 2] === ETB) copy[copy.length - 2] = ETX;
  return relrc(copy);
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** Card data masked; the LRC recomputed so the copy is still a well-formed frame. */
export function maskPacket(kind: Kind, bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  try {
    if (kind === 'auth-request') {
      overwrite(copy, traceAuthRequest(bytes).entries);
      return relrc(copy);
    }
    if (kind === 'auth-response') {
      overwrite(copy, traceAuthResponse(bytes).entries);
      return relrc(copy);
    }
    if (kind === 'settlement-record') {
      overwrite(copy, traceBatch(asLast(bytes)).entries);
      return relrc(copy);
    }
  } catch {
    // not decodable: fall through to the blunt mask below
  }
  if (kind === 'auth-request' || kind === 'settlement-record') {
    // Our own request that the codec cannot trace: hide the whole body.
    for (let i = 1; i < copy.length - 2; i++) if (copy[i]! >= 0x20) copy[i] = 0x2a;
    return relrc(copy);
  }
  // Host answers, control bytes, garbage: mask anything that looks like a card number.
  const masked = maskPansInText(latin1(copy));
  for (let i = 0; i < copy.length && i < masked.length; i++) copy[i] = masked.charCodeAt(i) & 0xff;
  return copy;
}

export class PacketHooks {
  readonly #hooks: Hooks | undefined;
  readonly #transport: 'socket' | 'https';

  constructor(hooks: Hooks | undefined, transport: 'socket' | 'https') {
    this.#hooks = hooks;
    this.#transport = transport;
  }

  get active(): boolean {
    return this.#hooks?.onPacketIn !== undefined || this.#hooks?.onPacketOut !== undefined;
  }

  emit(direction: 'out' | 'in', kind: Kind, bytes: Uint8Array, sequenceNumber?: number): void {
    const h = this.#hooks;
    const fn = direction === 'out' ? h?.onPacketOut : h?.onPacketIn;
    if (fn === undefined) return;
    const clear = h?.unmaskedPackets === 'include-card-data';
    const out = clear ? bytes.slice() : maskPacket(kind, bytes);
    const event: PacketEvent = {
      direction,
      transport: this.#transport,
      kind,
      bytes: out,
      text: toEscaped(out),
      masked: !clear,
      ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
    };
    try {
      fn.call(h, event);
    } catch {
      // a failing hook must not change what happens on the wire
    }
  }
}
