import { describe, expect, it } from 'vitest';
import {
  AUTO_REVERSAL_ERROR_CODES,
  buildCapture,
  buildSale,
  checkNetConnectResponse,
  encodeRequest,
  NETCONNECT_CERTIFICATION_URL,
  NETCONNECT_PRODUCTION_URL,
  netConnectRequestHeaders,
  redactHeaders,
  reversalAdviceFor,
} from '../src/index.js';
import { bytes, FS, MERCHANT, PAN, preamble, str, tx } from './helpers.js';

const CREDS = {
  merchantNumber: '000000000001',
  terminalNumber: '001',
  userId: 'test_user',
  password: 'S3cret!pw',
};

describe('NetConnect request headers', () => {
  it('sends the ActiveMerchant header set', () => {
    expect({ ...netConnectRequestHeaders(CREDS) }).toEqual({
      'Auth-MID': '000000000001',
      'Auth-TID': '001',
      'Auth-User': 'test_user',
      'Auth-Password': 'S3cret!pw',
      'Header-Record': 'false',
      'Stateless-Transaction': 'true',
      'Content-Type': 'UTF197/HCS',
    });
  });
  it('capture mode, batch session flags and no TID', () => {
    const h = netConnectRequestHeaders(
      { ...CREDS, terminalNumber: '' },
      { captureMode: 'TCS', headerRecord: true, stateless: false },
    );
    expect(h['Content-Type']).toBe('UTF197/TCS');
    expect(h['Header-Record']).toBe('true');
    expect(h['Stateless-Transaction']).toBe('false');
    expect('Auth-TID' in h).toBe(false);
  });
  it('validates before returning, never echoing the password', () => {
    expect(() => netConnectRequestHeaders({ ...CREDS, merchantNumber: '1' })).toThrowError(
      expect.objectContaining({ field: 'merchantNumber' }),
    );
    expect(() =>
      netConnectRequestHeaders({ ...CREDS, captureMode: 'XYZ' } as never, { captureMode: 'XYZ' as never }),
    ).toThrowError(expect.objectContaining({ field: 'captureMode' }));
    try {
      netConnectRequestHeaders({ ...CREDS, password: 'bad pass word' });
      expect.unreachable();
    } catch (e) {
      expect(JSON.stringify(e)).not.toContain('bad pass word');
      expect(String((e as Error).message)).not.toContain('bad pass word');
      expect((e as { field: string }).field).toBe('password');
    }
  });
  it('masks Auth-Password in JSON and redacted output', () => {
    const h = netConnectRequestHeaders(CREDS);
    expect(JSON.stringify(h)).not.toContain('S3cret!pw');
    expect(redactHeaders(h)['Auth-Password']).toBe('*********');
  });
  it('host URL constants', () => {
    expect(NETCONNECT_CERTIFICATION_URL).toBe(
      'https://netconnectvar1.chasepaymentech.com/NetConnect/controller',
    );
    expect(NETCONNECT_PRODUCTION_URL).toBe('https://netconnect1.chasepaymentech.com/NetConnect/controller');
  });
});

describe('NetConnect response side', () => {
  const body = bytes('\x02A...\x03');
  it('200 with a matching length is ok', () => {
    const r = checkNetConnectResponse({
      status: 200,
      headers: { 'content-length': String(body.length) },
      body,
    });
    expect(r.ok).toBe(true);
  });
  it('Error-Code / Error-Reason headers make it a failure (data, not an exception)', () => {
    const r = checkNetConnectResponse({
      status: 200,
      headers: { 'Error-Code': '509', 'Error-Reason': 'Timeout' },
      body,
    });
    expect(r).toMatchObject({ ok: false, errorCode: '509', errorReason: 'Timeout' });
  });
  it('status other than 200/412 fails; 412 passes; Headers-like objects work', () => {
    expect(checkNetConnectResponse({ status: 500, headers: {}, body }).ok).toBe(false);
    expect(checkNetConnectResponse({ status: 412, headers: {}, body }).ok).toBe(true);
    const headers = new Headers({ 'Error-Code': '516' });
    expect(checkNetConnectResponse({ status: 200, headers, body })).toMatchObject({
      ok: false,
      errorCode: '516',
    });
  });
  it('content length mismatch is 517 (first value of a comma list is used)', () => {
    expect(() =>
      checkNetConnectResponse({ status: 200, headers: { 'Content-Length': '3' }, body }),
    ).toThrowError(expect.objectContaining({ code: 517, field: 'Content-Length' }));
    expect(
      checkNetConnectResponse({
        status: 200,
        headers: { 'Content-Length': `${body.length}, ${body.length}` },
        body,
      }).ok,
    ).toBe(true);
  });
});

describe('automatic reversal advice rule', () => {
  const merchant = { ...MERCHANT, software: { vendorId: '00C7', softwareId: '0129' } };
  const original = buildSale(merchant, tx({ posRetrievalNumber: '12345' }));
  it.each(AUTO_REVERSAL_ERROR_CODES)(
    'Error-Code %s after a sale → 46 advice built from the original',
    (code) => {
      const d = reversalAdviceFor(original, code);
      expect(d.action).toBe('send-reversal-advice');
      if (d.action !== 'send-reversal-advice') return;
      const w = str(encodeRequest(d.request));
      expect(w.startsWith(preamble('46'))).toBe(true);
      expect(w).toContain(
        `202${PAN}${FS}1249${FS}1.00${FS.repeat(10)}RN${'12345'.padEnd(12)}${FS}TC01${FS}P100C70129`,
      );
    },
  );
  it('no advice for other codes, no code, or other transactions', () => {
    expect(reversalAdviceFor(original, '500').action).toBe('none');
    expect(reversalAdviceFor(original, undefined).action).toBe('none');
    expect(reversalAdviceFor(buildCapture(MERCHANT, tx(), '123456'), '506').action).toBe('none');
  });
  it('an authorization gets TC02', () => {
    const auth = { ...original, transactionCode: '02' as const };
    const d = reversalAdviceFor(auth, '517');
    expect(d.action === 'send-reversal-advice' && d.request.tokens).toContainEqual({
      id: 'TC',
      tc: { originalTransactionCode: '02' },
    });
  });
});

describe('session cookies', () => {
  it('collects Set-Cookie values from records and Headers', () => {
    const body = new Uint8Array([2, 3]);
    const a = checkNetConnectResponse({ status: 200, headers: { 'set-cookie': ['a=1', 'b=2'] }, body });
    expect(a.ok && a.cookies).toEqual(['a=1', 'b=2']);
    const h = new Headers();
    h.append('Set-Cookie', 'c=3');
    h.append('Set-Cookie', 'd=4');
    const b = checkNetConnectResponse({ status: 200, headers: h, body });
    expect(b.ok && b.cookies).toEqual(['c=3', 'd=4']);
  });
});
