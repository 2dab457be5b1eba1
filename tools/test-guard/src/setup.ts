/**
 * Vitest setup file: records everything written through `console.*`, `process.stdout` and
 * `process.stderr` during each test and fails the test if a registered secret (test PANs and
 * whatever tests register) appears in it unmasked. Add to a package's vitest config:
 *   setupFiles: ['@paywire/test-guard/setup']
 */

import { afterEach, beforeEach } from 'vitest';
import { findLeaks } from './index.js';

let captured: string[] = [];

function text(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a instanceof Uint8Array) return String.fromCharCode(...a.subarray(0, 65536));
      if (a instanceof Error) return `${a.name}: ${a.message} ${JSON.stringify(a)}`;
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    captured.push(text(args));
    original(...args);
  };
}

for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream) as (...a: unknown[]) => boolean;
  (stream as unknown as { write: (...a: unknown[]) => boolean }).write = (
    chunk: unknown,
    ...rest: unknown[]
  ) => {
    captured.push(text([chunk]));
    return original(chunk, ...rest);
  };
}

beforeEach(() => {
  captured = [];
});

afterEach(() => {
  const leaks = findLeaks(captured.join('\n'));
  captured = [];
  if (leaks.length > 0)
    throw new Error(`test-guard: card data or secret printed unmasked: ${leaks.join(', ')}`);
});
