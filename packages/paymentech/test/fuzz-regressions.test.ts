// Found by the tools/fuzz fuzzer: a card number that lands in data kept as received (an FS field
// whose meaning is not public, a token of an id this package does not know) is masked in traces
// and redacted values like one in the account number field.
import { describe, expect, it } from 'vitest';
import { kinds } from '../src/index.js';

const request = kinds.find((k) => k.name === 'paymentech-request')!;
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const PAN = '4111111111111111';

// The reverse advice example with its unknown FS fields filled, and a token of an unknown id.
const packet = bytes(
  `\x02L.A0200000010000000000010011000001F46202${PAN}\x1c0930\x1c100\x1c\x1c${PAN}\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c` +
    `RN12345       \x1cTC01\x1cP100C701291                   \x1c12345678|${PAN}\x1c\x03`,
);

describe('card numbers in data kept as received', () => {
  it('the packet decodes with the PAN in an unknown field and in an unknown token', () => {
    const value = request.decode(packet) as unknown as Record<string, unknown>;
    expect(JSON.stringify(value)).toContain(`"unknown4":"${PAN}"`);
    expect(JSON.stringify(value)).toContain(`"raw":"345678|${PAN}"`);
    expect(request.encode(value)).toEqual(packet);
  });

  it('trace and redact mask them (first 6 / last 4)', () => {
    const { entries } = request.trace(packet);
    const traced = JSON.stringify(entries);
    expect(traced).not.toContain(PAN);
    expect(traced).toContain('411111******1111');
    const redacted = JSON.stringify(request.redact(request.decode(packet)));
    expect(redacted).not.toContain(PAN);
  });

  it('other digits in those fields are left alone', () => {
    const plain = bytes(
      '\x02L.A0200000010000000000010011000001F46202' +
        `${PAN}\x1c0930\x1c100\x1c\x1c1234567890123\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1cRN12345       \x1cTC01\x1c\x03`,
    );
    const { entries } = request.trace(plain);
    expect(entries.find((e) => e.path === 'unknown4')?.value).toBe('1234567890123');
  });
});
