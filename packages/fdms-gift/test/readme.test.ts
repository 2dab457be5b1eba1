// Runs the README quick start and checks every `// -> ...` comment against what it logs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(resolve(__dirname, '../README.md'), 'utf8');

describe('README', () => {
  afterEach(() => vi.restoreAllMocks());

  it('quick start runs and prints what its comments say', async () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const expected = block!
      .split('\n')
      .filter((line) => line.includes('console.log'))
      .map((line) => line.split('// -> ')[1]!.trim());
    expect(expected.length).toBeGreaterThan(3);
    const src = pathToFileURL(resolve(__dirname, '../src/index.ts')).href;
    const code = block!.replace(/from '@paywire\/fdms-gift'/g, `from '${src}'`);
    const file = join(mkdtempSync(join(tmpdir(), 'fdms-gift-readme-')), 'quick-start.ts');
    writeFileSync(file, code);
    const logged: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
    await import(pathToFileURL(file).href);
    expect(logged).toEqual(expected);
  });

  it('maps every FDMSGiftCard config setting of the seed', () => {
    for (const setting of [
      'AssignMerchantWorkingKey',
      'CardAvailableDate',
      'CardExpirationDate',
      'ClientTimeout',
      'CurrencyCode',
      'DebugTrace',
      'DecryptedWorkingKey',
      'EAN',
      'EchoBack',
      'EncryptedWorkingKey',
      'FDMSPublicKey',
      'GenerateMerchantKeyPair',
      'GenerateWorkingKey',
      'IsOnlineRefund',
      'IsRetailTransaction',
      'MerchantKeyID',
      'MerchantPrivateKey',
      'MerchantPublicKey',
      'Refund',
      'SCV',
      'SourceCode',
      'User1',
      'User2',
    ]) {
      expect(readme).toContain(setting);
    }
  });
});
