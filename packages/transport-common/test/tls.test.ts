import { describe, expect, it } from 'vitest';
import { checkTlsVersions, isTransportError, refuseUnverified, tlsOptions } from '../src/index.js';

describe('TLS security options', () => {
  it('always verifies and defaults to TLS 1.2 at the least', () => {
    expect(tlsOptions({}, undefined)).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2' });
  });

  it('passes certificates as Node takes them and sets the SNI name', () => {
    const der = new Uint8Array([1, 2, 3]);
    const out = tlsOptions(
      { ca: ['a', der], cert: 'c', key: der, passphrase: 'p', minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' },
      'host.example',
    );
    expect(out.ca).toEqual(['a', Buffer.from([1, 2, 3])]);
    expect(out.cert).toBe('c');
    expect(Buffer.isBuffer(out.key)).toBe(true);
    expect(out.passphrase).toBe('p');
    expect(out.minVersion).toBe('TLSv1.3');
    expect(out.maxVersion).toBe('TLSv1.3');
    expect(out.servername).toBe('host.example');
  });

  it('refuses old TLS versions and turning verification off', () => {
    expect(() => checkTlsVersions({ minVersion: 'TLSv1.1' as 'TLSv1.2' })).toThrow(/minVersion/);
    expect(() => checkTlsVersions({ maxVersion: 'TLSv1' as 'TLSv1.2' })).toThrow(/maxVersion/);
    expect(() => checkTlsVersions({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' })).not.toThrow();
    let caught: unknown;
    try {
      refuseUnverified({ rejectUnauthorized: false });
    } catch (e) {
      caught = e;
    }
    expect(isTransportError(caught)).toBe(true);
    expect(() => refuseUnverified({})).not.toThrow();
  });
});
