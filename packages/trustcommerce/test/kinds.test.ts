import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  kinds,
  trustcommerceRequestKind as reqKind,
  trustcommerceResponseKind as resKind,
} from '../src/index.js';
import { bytes, catchPaywire, text } from './helpers.js';

const vector = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'vectors', name)));

describe('CLI kinds', () => {
  it('exports both kinds as text kinds', () => {
    expect(kinds.map((k) => k.name)).toEqual(['trustcommerce-request', 'trustcommerce-response']);
    for (const k of kinds) expect(k.input).toBe('text');
  });

  it('socket-form request vector: decodes, keeps the form, re-encodes identical bytes', () => {
    const b = vector('tctest-preauth.request.txt');
    const doc = reqKind.decode(b);
    expect(doc.form).toBe('tclink');
    expect(doc.layout).toBeUndefined();
    expect(doc.fields[0]).toEqual({ name: 'version', value: '4.2.0-Python-Linux-x86_64' });
    expect(reqKind.encode(doc)).toEqual(b);
  });

  it('HTTPS answers and the socket answer round-trip', () => {
    for (const name of ['https-approved.response.txt', 'https-decline-cvv.response.txt']) {
      const b = vector(name);
      const doc = resKind.decode(b);
      expect(doc.form).toBe('https');
      expect(resKind.encode(doc)).toEqual(b);
    }
  });

  it('keeps CRLF, blank lines, marker case and a missing final newline', () => {
    for (const s of [
      '\r\nbegin\r\nstatus=approved\r\n\r\ntransid=001-0000111101\r\nend\r\n\n',
      'BEGIN\nstatus=approved\nEND',
      'status=approved\r\navs=Y',
      'Begin\nstatus=baddata\nerror=badformat\noffenders=cc,exp\nEND\n',
    ]) {
      const doc = resKind.decode(bytes(s));
      expect(text(resKind.encode(doc))).toBe(s);
    }
  });

  it('keeps non-canonical percent escapes of an HTTPS request and applies edits', () => {
    const s = 'custid=1234&password=p%40ss&action=sale&name=Jen%20Smith&amount=100&&flag\n';
    const doc = reqKind.decode(bytes(s));
    expect(doc.form).toBe('https');
    expect(doc.fields.find((f) => f.name === 'name')).toEqual({
      name: 'name',
      value: 'Jen Smith',
      raw: 'name=Jen%20Smith',
    });
    expect(text(reqKind.encode(doc))).toBe(s);
    const edited = {
      ...doc,
      fields: doc.fields.map((f) => (f.name === 'name' ? { ...f, value: 'Jo Smith' } : f)),
    };
    expect(text(reqKind.encode(edited))).toBe(
      'custid=1234&password=p%40ss&action=sale&name=Jo+Smith&amount=100&&flag\n',
    );
  });

  it('a socket-form request over the TCLink limits is refused on decode and encode', () => {
    const long = `BEGIN\nticket=${'x'.repeat(1100)}\nEND\n`;
    expect(catchPaywire(() => reqKind.decode(bytes(long))).code).toBe(ErrorCode.INPUT_TOO_LARGE);
    expect(
      catchPaywire(() => reqKind.encode({ form: 'tclink', fields: [{ name: 'a', value: 'b\nc' }] })).code,
    ).toBe(ErrorCode.INVALID_FORMAT);
  });

  it('traces with offsets, meanings and masked card data', () => {
    const b = vector('tctest-preauth.request.txt');
    const { entries } = reqKind.trace(b);
    const cc = entries.find((e) => e.path === 'cc')!;
    expect(cc.value).toBe('411111******1111');
    expect(cc.raw).toBe('411111******1111');
    expect(cc.sensitive).toBe('pan');
    expect(text(b.subarray(cc.offset, cc.offset + cc.length))).toBe('4111111111111111');
    const pw = entries.find((e) => e.path === 'password')!;
    expect(pw.value).toBe('********');
    const action = entries.find((e) => e.path === 'action')!;
    expect(action.meaning).toMatch(/authorization only/);
    expect(text(b.subarray(action.offset, action.offset + action.length))).toBe('preauth');
    const res = resKind.trace(bytes('transid=025-0007423827\ndeclinetype=cvv\nstatus=decline\n'));
    expect(res.entries.find((e) => e.path === 'status')!.meaning).toMatch(/declined/);
    expect(res.entries.find((e) => e.path === 'declinetype')!.meaning).toMatch(/CVV/);
  });

  it('detect scores its own shapes and not others', () => {
    expect(reqKind.detect!(vector('tctest-preauth.request.txt'))).toBeGreaterThan(0.5);
    expect(resKind.detect!(vector('https-approved.response.txt'))).toBeGreaterThan(0.5);
    expect(reqKind.detect!(vector('https-approved.response.txt'))).toBe(0);
    expect(resKind.detect!(Uint8Array.of(0x02, 0x41, 0x03, 0x40))).toBe(0);
  });

  it('redact masks card data in documents', () => {
    const doc = reqKind.decode(vector('tctest-preauth.request.txt'));
    const red = reqKind.redact(doc);
    expect(JSON.stringify(red)).not.toContain('4111111111111111');
    expect(red.fields.find((f) => f.name === 'password')!.value).toBe('********');
  });

  it('an answer keeps its cvv result code visible (it is not the card code) in redact and trace', () => {
    const answer = bytes('transid=025-0007423614\nstatus=approved\navs=Y\ncvv=P\n');
    expect(resKind.redact(resKind.decode(answer)).fields.find((f) => f.name === 'cvv')!.value).toBe('P');
    const entry = resKind.trace(answer).entries.find((e) => e.path === 'cvv')!;
    expect([entry.value, entry.sensitive]).toEqual(['P', undefined]);
    // a request's cvv is the card code and stays masked
    const request = reqKind.decode(
      bytes('custid=1&password=secret12&action=sale&cc=4111111111111111&exp=1230&cvv=123'),
    );
    expect(reqKind.redact(request).fields.find((f) => f.name === 'cvv')!.value).toBe('***');
  });
});
