/** Every host error of the seed decodes to its text; host and client namespaces stay apart. */
import { describe, expect, it } from 'vitest';
import {
  BATCH_ERRORS,
  CLIENT_ERRORS,
  DEBIT_ERRORS,
  decodeResponse,
  FORMAT_ERRORS,
  ISSUER_ERRORS,
  interpretResponse,
  lookupBatchError,
  lookupClientError,
  lookupServerError,
  resolveServerError,
  SETUP_ERRORS,
} from '../src/index.js';
import { bytes, fixed, response } from './helpers.js';
import seedErrors from './vectors/seed-host-errors.json' with { type: 'json' };

describe('seed host error tables', () => {
  it('the vector lists every row of the seed appendix (147 lines, 330 split in three)', () => {
    expect(seedErrors.length).toBe(149);
    const counts = { issuer: 0, format: 0, setup: 0, debit: 0, batch: 0 } as Record<string, number>;
    for (const e of seedErrors) counts[e.table]!++;
    expect(counts).toEqual({
      issuer: ISSUER_ERRORS.length,
      format: FORMAT_ERRORS.length,
      setup: SETUP_ERRORS.length,
      debit: DEBIT_ERRORS.length,
      batch: BATCH_ERRORS.length,
    });
  });

  it.each(seedErrors.filter((e) => e.table !== 'batch'))(
    'server error $code decodes to "$text"',
    ({ code, text }) => {
      const r = decodeResponse(bytes(response(fixed('E', '0', code, text), '')));
      const s = interpretResponse(r);
      expect(s.approved).toBe(false);
      expect(s.hostErrorCode).toBe(code);
      expect(s.hostErrors!.map((e) => e.text)).toContain(text);
      expect(s.hostError!.text).toBe(text);
      expect(s.hostError!.meaning.length).toBeGreaterThan(5);
    },
  );

  it.each(seedErrors.filter((e) => e.table === 'batch'))(
    'batch ErrorCode $code is "$text" in its own namespace',
    ({ code, text }) => {
      expect(lookupBatchError(code).map((e) => e.text)).toEqual([text]);
      expect(lookupServerError(code)).toEqual([]);
    },
  );
});

describe('collisions', () => {
  it('248 has two meanings; the response text picks one', () => {
    expect(lookupServerError('248').map((e) => e.text)).toEqual(['Unmatch Vch Info', 'CVC2/CID ERROR']);
    expect(resolveServerError(248, 'CVC2/CID ERROR')!.meaning).toMatch(/CVC2/);
    expect(resolveServerError('248', 'Unmatch Vch Info')!.meaning).toMatch(/voucher/);
  });
  it('330 has three meanings', () => {
    expect(lookupServerError(330).map((e) => e.text)).toEqual(['INV Function', 'Multiple FS', 'Unknown TKN']);
  });
  it('432 is a host setup error and a different client error', () => {
    expect(lookupServerError('432')[0]!.text).toBe('CB Not Allowed');
    expect(lookupClientError(432)!.text).toBe('Invalid Index');
  });
  it('106/107 are batch codes only; 301/302/201/211-213 are host codes distinct from transport numbers', () => {
    expect(lookupBatchError(106)[0]!.text).toBe('Term Not Active');
    expect(lookupServerError(106)).toEqual([]);
    expect(lookupServerError(301)[0]!.text).toBe('Invalid Function');
    expect(lookupServerError(302)[0]!.text).toBe('Invalid Card');
    expect(lookupServerError(201)[0]!.text).toBe('Call Voice Oper');
    expect(lookupServerError(212)).toEqual([]);
  });
  it('client 506/517/518 map onto paywire codes, and are not host codes', () => {
    expect(lookupClientError(506)!.paywireCode).toBe(506);
    expect(lookupClientError(517)!.paywireCode).toBe(517);
    expect(lookupClientError(518)!.paywireCode).toBe(518);
    for (const c of CLIENT_ERRORS)
      expect(lookupServerError(c.code).every((e) => e.code !== String(c.code)) || c.code === 432).toBe(true);
  });
  it('unknown numbers give no entry rather than a guess', () => {
    expect(lookupServerError('777')).toEqual([]);
    const s = interpretResponse(decodeResponse(bytes(response(fixed('E', '0', '777', 'X'), ''))));
    expect(s.hostErrorCode).toBe('777');
    expect(s.hostErrors).toBeUndefined();
  });
});
