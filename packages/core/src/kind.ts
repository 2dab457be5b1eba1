/**
 * Message kinds: how a codec package exposes each of its messages to tools (the `paywire` CLI,
 * the web inspector, fuzzers). A kind decodes bytes to a plain object, encodes it back to the
 * identical bytes, traces it field by field, and redacts card data for display.
 */

import type { TraceEntry } from './field/spec.js';

export interface MessageKind<T = unknown> {
  /** Registered name, e.g. `tsys-auth-request`. */
  readonly name: string;
  readonly description: string;
  /** Package that provides the kind. */
  readonly package: string;
  /** `bytes` for binary/ASCII packets; `text` for formats that are text documents (XML, name=value). */
  readonly input: 'bytes' | 'text';
  /** The wire form includes STX..ETX+LRC framing that `decode` verifies. */
  readonly framed?: boolean;
  decode(bytes: Uint8Array): T;
  encode(value: T): Uint8Array;
  /** Decoded value plus the annotated, masked trace. */
  trace(bytes: Uint8Array): { value: T; entries: TraceEntry[] };
  /** A copy of a decoded value with sensitive fields masked (for JSON output and logs). */
  redact(value: T): T;
  /** Cheap shape test used by `inspect` to guess the kind; higher scores win, 0 means no. */
  detect?(bytes: Uint8Array): number;
  /** Sample packets (test vectors) the CLI and inspector can show and round-trip. */
  readonly examples?: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

/** Identity helper that keeps the kind's value type. */
export function defineKind<T>(kind: MessageKind<T>): MessageKind<T> {
  return kind;
}
