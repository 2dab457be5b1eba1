import { describe, expect, it } from 'vitest';
import { tlsSettings } from '../src/tls-settings.js';
import type { HttpsTransportOptions } from '../src/types.js';

describe('tlsSettings', () => {
  it('keeps the given TLS settings and leaves out undefined ones and everything else', () => {
    const transport: HttpsTransportOptions = {
      kind: 'https',
      url: 'https://gateway.example/scripts/gateway.dll?transact',
      ca: 'CA',
      minVersion: 'TLSv1.3',
      connectTimeoutMs: 500,
      maxResponseBytes: 10,
    };
    const out = tlsSettings({ ...transport, key: undefined } as unknown as HttpsTransportOptions);
    expect(out).toEqual({ ca: 'CA', minVersion: 'TLSv1.3', connectTimeoutMs: 500 });
    expect('key' in out).toBe(false);
  });

  it('passes every TLS setting', () => {
    const all = {
      ca: ['a', 'b'],
      cert: 'c',
      key: new Uint8Array([1]),
      passphrase: 'p',
      servername: 's',
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.3',
      connectTimeoutMs: 1,
    } as const;
    expect(tlsSettings(all)).toEqual(all);
  });
});
