import { formatTrace } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { decodeRequest, encodeRequest, escapePayload, kinds, transactionRequest } from '../src/index.js';

const PAN = '4111111111111111';
const AUTH = '99026809996|00000008594';

describe('card data and Auth never leak', () => {
  const payload = escapePayload(
    Uint8Array.from(`SV.99026809996\x1c402400\x1c70${PAN}`, (c) => c.charCodeAt(0)),
  );
  const bytes = encodeRequest(
    transactionRequest({
      did: '00033746370969070150',
      app: 'APP1',
      auth: AUTH,
      clientRef: '1701298V001000',
      serviceId: '104',
      payload,
    }),
  );
  const kind = kinds.find((k) => k.name === 'datawire-request')!;

  it('trace and redacted JSON mask Auth and card numbers', () => {
    const { value, entries } = kind.trace(bytes);
    const out = [formatTrace(entries), JSON.stringify(entries), JSON.stringify(kind.redact(value))].join(
      '\n',
    );
    expect(out).not.toContain(PAN);
    expect(out).not.toContain(AUTH);
    expect(out).not.toContain('00000008594');
    expect(out).toContain('***********|***********');
    const auth = entries.find((e) => e.path === 'Request.ReqClientID.Auth');
    expect(auth).toMatchObject({ sensitive: 'password', offset: 124, length: 23 });
  });

  it('the decoded value (not redacted) still carries them for re-encoding', () => {
    expect(decodeRequest(bytes).clientId.auth).toBe(AUTH);
  });

  it('errors about Auth show it masked', () => {
    const bad = new TextDecoder().decode(bytes).replace(AUTH, `${AUTH}|x`);
    const req = decodeRequest(bad);
    try {
      encodeRequest(req);
      expect.unreachable();
    } catch (e) {
      expect(JSON.stringify(e) + String(e)).not.toContain('99026809996|');
    }
  });
});
