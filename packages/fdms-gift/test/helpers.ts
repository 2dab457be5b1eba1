import { isPaywireError, type PaywireError } from '@paywire/core';

/** Datawire's `|XX` payload escaping undone (test helper; the envelope codec lives in @paywire/datawire). */
export function unescapePayload(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '|') {
      out.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(text.charCodeAt(i));
  }
  return Uint8Array.from(out);
}

export function caught(fn: () => unknown): PaywireError {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return e;
    throw e;
  }
  throw new Error('expected a paywire error');
}

export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
