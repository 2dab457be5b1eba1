// Runs the TSYS quick start of the README. The code between the markers must stay identical to the
// README's block (checked below), apart from the import of this package.
import { readFileSync } from 'node:fs';
import { applyEvenParity } from '@paywire/core';
import { connectTls, enqReader, etxLrcReader } from '@paywire/transport-tls';
import { buildRetailSwipe, decodeAuthResponse, encodeAuthRequest } from '@paywire/tsys';
import { expect, it, vi } from 'vitest';
import { startSimulators } from '../src/index.js';

it('the README TSYS quick start runs and prints what it says', async () => {
  const printed: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.join(' '));
  });
  try {
    // readme:start
    const sim = await startSimulators({ hosts: ['tsys'] });
    const tsys = sim.tsys!;
    const connection = await connectTls({
      hosts: [{ host: tsys.socket.host, port: tsys.socket.port }],
      ca: sim.ca, // the test CA: the certificate is verified as in production
      servername: 'localhost',
      greeting: enqReader({ parity: 'even' }), // the host says ENQ first
    });
    const request = buildRetailSwipe({
      merchant: {
        acquirerBin: '999995',
        merchantNumber: '999999999911',
        storeNumber: '0011',
        terminalNumber: '9911',
        merchantCategoryCode: '5999',
        name: 'PAYWIRE TEST STORE',
        city: 'TEMPE',
        state: 'AZ',
        zip: '85284',
        developerId: '000136',
        applicationId: 'B248',
      },
      sequenceNumber: 1,
      card: { track: '4444333322221111=3012101000001' },
      amount: 1051, // $10.51: cents 51 decline as insufficient funds
    });
    const bytes = await connection.request(
      applyEvenParity(encodeAuthRequest(request)),
      etxLrcReader({ parity: 'even' }),
    );
    const answer = decodeAuthResponse(bytes);
    console.log(answer.responseCode, answer.responseText.trim()); // 51 DECLINE
    console.log(tsys.authorizations.size); // 1
    await connection.close();
    await sim.close();
    // readme:end
  } finally {
    spy.mockRestore();
  }
  expect(printed).toEqual(['51 DECLINE', '1']);
});

it('mirrors the README block exactly', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## TSYS'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
  const self = readFileSync(new URL(import.meta.url), 'utf8');
  const marked = self.slice(self.indexOf('// readme:start\n') + 16, self.indexOf('    // readme:end'));
  const code = marked
    .split('\n')
    .map((l) => l.replace(/^ {4}/, ''))
    .join('\n')
    .trim();
  const body = block
    .split('\n')
    .filter((l) => !l.startsWith('import '))
    .join('\n')
    .trim();
  expect(code).toBe(body);
});
