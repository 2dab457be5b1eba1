// The --config file: the README's example is valid as written; mistakes are named by JSON path
// without echoing secrets.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCertificates } from '@paywire/simulator';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../src/config.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)```/.exec(readme)![1]!;

function dirWithCa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paywire-demo-config-'));
  writeFileSync(join(dir, 'tsys-ca.pem'), testCertificates.ca.cert);
  return dir;
}

function problem(json: unknown): string {
  try {
    parseConfig(json, dirWithCa());
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('--config', () => {
  it('accepts the README example as written', () => {
    const dir = dirWithCa();
    writeFileSync(join(dir, 'cert.json'), example);
    const c = loadConfig(join(dir, 'cert.json'));
    expect(c.tsys?.transport).toEqual({ kind: 'socket', host: 'tsys-cert.example', port: 5004 });
    expect(c.tsys?.ca).toContain('BEGIN CERTIFICATE');
    expect(c.paymentech?.urls).toHaveLength(2);
    expect(c.fdmsGift?.did).toMatch(/^\d{20}$/);
    expect(c.trustcommerce?.transport.kind).toBe('socket');
    expect(c.timeoutMs).toBe(30000);
  });

  it('names the path of each mistake and never echoes a secret', () => {
    const base = JSON.parse(example);
    expect(problem({})).toMatch(/at least one of/);
    expect(problem({ ...base, extra: 1 })).toMatch(/config\.extra: unknown property/);
    expect(
      problem({ tsys: { ...base.tsys, merchant: { ...base.tsys.merchant, acquirerBin: '12' } } }),
    ).toMatch(/tsys\.merchant\.acquirerBin: must be 6 digits/);
    expect(problem({ tsys: { ...base.tsys, transport: { kind: 'ftp' } } })).toMatch(/tsys\.transport\.kind/);
    expect(problem({ tsys: { ...base.tsys, caFile: 'missing.pem' } })).toMatch(/tsys\.caFile: cannot read/);
    const secret = 'Sup3rSecretPassw0rd';
    const pw = problem({
      paymentech: {
        ...base.paymentech,
        credentials: { ...base.paymentech.credentials, password: 42, user: secret },
      },
    });
    expect(pw).toMatch(/paymentech\.credentials\.password: must be a non-empty string/);
    const card = problem({
      trustcommerce: { ...base.trustcommerce, cards: { approved: { cc: '4111111111111111', exp: '1399' } } },
    });
    expect(card).toMatch(/trustcommerce\.cards\.approved\.exp: must be MMYY/);
    expect(card).not.toContain('4111111111111111');
    expect(problem({ fdmsGift: { ...base.fdmsGift, cards: undefined } })).toMatch(
      /fdmsGift\.cards: must be an object/,
    );
    expect(problem({ paymentech: { ...base.paymentech, urls: [] } })).toMatch(/paymentech\.urls/);
  });
});
