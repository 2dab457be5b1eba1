/** The README quick start is this package's test/readme-quickstart.ts, line for line, and it runs. */
import { readFileSync } from 'node:fs';
import { bytesToLatin1 } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import * as quick from './readme-quickstart.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const source = readFileSync(new URL('./readme-quickstart.ts', import.meta.url), 'utf8');

describe('README quick start', () => {
  it('matches the executed file (only the import path differs)', () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block.trim()).toBe(source.replace("from '../src/index.js'", "from '@paywire/paymentech'").trim());
  });
  it('produces a sale, headers, an approved answer and a reversal advice', () => {
    const wire = bytesToLatin1(quick.body);
    expect(wire.slice(1, 38)).toBe('L.A0200000010000000000010011000001F01');
    expect(wire).toContain('4444333322221111\x1c1249\x1c12.00\x1c');
    expect(quick.headers['Content-Type']).toBe('UTF197/HCS');
    expect(quick.url).toMatch(/netconnectvar1/);
    expect(quick.result).toMatchObject({ approved: true, cvvMeaning: 'CVV2 match', cardTypeName: 'Visa' });
    expect(quick.decision.action).toBe('send-reversal-advice');
    expect(bytesToLatin1(quick.advice!)).toContain('TC01\x1c');
  });
});
