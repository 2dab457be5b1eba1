// The engine itself: deterministic inputs, LRC re-framing, and an oracle that catches each kind of
// misbehaviour (checked against deliberately broken kinds).
import { defineKind, ErrorCode, lrc, type MessageKind, PaywireError } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { checkInput, TIME_LIMIT_MS } from '../src/check.js';
import { generate } from '../src/engine.js';
import { allKinds } from '../src/kinds.js';
import { fixLrc } from '../src/mutate.js';
import { Rng } from '../src/prng.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A well-behaved toy kind: decodes `A=<text>`, anything else is a paywire error. */
function toy(overrides: Partial<MessageKind<{ a: string }>> = {}): MessageKind<unknown> {
  const decode = (b: Uint8Array) => {
    const s = String.fromCharCode(...b);
    if (!s.startsWith('A=')) throw new PaywireError(ErrorCode.INVALID_FORMAT, 'not A=');
    return { a: s.slice(2) };
  };
  return defineKind<{ a: string }>({
    name: 'toy',
    description: 'toy',
    package: 'toy',
    input: 'text',
    decode,
    encode: (v) => enc(`A=${v.a}`),
    trace: (b) => ({ value: decode(b), entries: [] }),
    redact: (v) => ({ a: v.a.replace(/\d/g, '*') }),
    ...overrides,
  }) as MessageKind<unknown>;
}

describe('prng and generation', () => {
  it('the same seed gives the same numbers and the same inputs', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xa = Array.from({ length: 20 }, () => a.u32());
    expect(Array.from({ length: 20 }, () => b.u32())).toEqual(xa);
    expect(Array.from({ length: 20 }, () => c.u32())).not.toEqual(xa);
    for (const kind of allKinds) {
      for (const seed of [0, 1, 777]) expect(generate(kind, seed).bytes).toEqual(generate(kind, seed).bytes);
    }
  });

  it('fixLrc rewrites the byte after every ETX/ETB to the LRC of its block', () => {
    const b = enc('\x02AB\x03?\x02CD\x17?');
    fixLrc(b);
    expect(b[4]).toBe(lrc(b, 1, 4));
    expect(b[9]).toBe(lrc(b, 6, 9));
    expect(b[4]).toBe(0x41 ^ 0x42 ^ 0x03);
  });
});

describe('the oracle', () => {
  it('accepts a kind that gives a value or a paywire error', () => {
    expect(checkInput(toy(), enc('A=1'))).toMatchObject({ ok: true, decoded: true });
    expect(checkInput(toy(), enc('B'))).toMatchObject({ ok: true, decoded: false });
  });

  it('reports a decoder that throws anything else', () => {
    const kind = toy({
      decode: () => {
        throw new TypeError('x is undefined');
      },
    });
    expect(checkInput(kind, enc('A=1'))).toMatchObject({ ok: false, problem: { reason: 'decode-threw' } });
  });

  it('reports a decoder slower than the time limit', () => {
    const kind = toy({
      decode: () => {
        const end = performance.now() + TIME_LIMIT_MS + 5;
        while (performance.now() < end);
        return { a: '' };
      },
    });
    expect(checkInput(kind, enc('A=1'))).toMatchObject({ ok: false, problem: { reason: 'slow-decode' } });
  });

  it('reports decode then encode giving different bytes', () => {
    const kind = toy({ encode: (v) => enc(`A=${v.a} `) });
    expect(checkInput(kind, enc('A=1'))).toMatchObject({
      ok: false,
      problem: { reason: 're-encode-differs' },
    });
  });

  it('reports a registered test PAN in a trace or a redacted value (strict), counts it otherwise', () => {
    const pan = '4111111111111111';
    const leakyRedact = toy({ redact: (v) => v });
    expect(checkInput(leakyRedact, enc(`A=${pan}`))).toMatchObject({
      ok: false,
      problem: { reason: 'redact-leak' },
    });
    const leakyTrace = toy({
      trace: (b) => ({
        value: { a: '' },
        entries: [
          { path: 'a', label: 'a', offset: 0, length: b.length, raw: String.fromCharCode(...b), depth: 0 },
        ],
      }),
    });
    expect(checkInput(leakyTrace, enc(`A=${pan}`))).toMatchObject({
      ok: false,
      problem: { reason: 'trace-leak' },
    });
    const lax = checkInput(leakyTrace, enc(`A=${pan}`), { strict: false });
    expect(lax.ok && lax.misplaced).toMatch(/trace-leak/);
  });

  it('reports a paywire error that shows a PAN', () => {
    const kind = toy({
      decode: (b) => {
        throw new PaywireError(ErrorCode.INVALID_FORMAT, `bad ${String.fromCharCode(...b)}`);
      },
    });
    expect(checkInput(kind, enc('A=4111111111111111'))).toMatchObject({
      ok: false,
      problem: { reason: 'error-leak' },
    });
  });

  it('reports a trace that disagrees with decode', () => {
    const kind = toy({
      trace: () => {
        throw new PaywireError(ErrorCode.INVALID_FORMAT, 'no');
      },
    });
    expect(checkInput(kind, enc('A=1'))).toMatchObject({ ok: false, problem: { reason: 'trace-refuses' } });
  });
});
