// README-START (this block is the README's authorization quick start; the test below keeps them identical)
import { frame, fromEscaped } from '@paywire/core';
import { approvedAmount, buildHealthcare, decodeAuthResponse, encodeAuthRequest } from '../src/index.js';

// The TSYSHealthCare example: $100.00 of which $100.00 medical, $50.00 prescription, track 1.
const request = buildHealthcare({
  merchant: {
    acquirerBin: '999995',
    merchantNumber: '123456789012',
    storeNumber: '5999',
    terminalNumber: '1515',
    merchantCategoryCode: '5999',
    name: 'test merchant',
    city: 'Beverly Hills',
    state: 'CA',
    zip: '90210',
    developerId: '000136',
    applicationId: 'B248',
  },
  sequenceNumber: 1,
  card: { track: '%B4444333322221111^SMITH/JOHN J ^031210100000033301000000008000000?' },
  amount: 10000,
  healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 5000 },
  partialAuthorization: true,
});
const packet = encodeAuthRequest(request); // STX … ETX LRC

// An answer from the TSYS test host (LRC checked while decoding).
const answer = frame(
  fromEscaped(
    'E4.E001199115001400TAS682082014131243APPROVAL TAS682 0423217502302 000000008705348<FS>S40U<FS>020',
  ),
);
const response = decodeAuthResponse(answer);
const approved = approvedAmount(response, 10000); // 10000; for response code 10 the G3v022 amount

// README-END
import { readFileSync } from 'node:fs';
import { toEscaped } from '@paywire/core';
import { expect, test } from 'vitest';

test('the README quick start runs and gives the documented results', () => {
  expect(toEscaped(packet)).toContain(
    '<GS>02200<FS>4S<FS>840<FS>C<FS>000000010000<FS>00<FS>4U<FS>840<FS>C<FS>000000005000<FS>',
  );
  expect(request.groupIII.map((r) => r.version)).toEqual(['020', '022', '026', '027']);
  expect(response.responseCode).toBe('00');
  expect(approved).toBe(10000);
});

test('the README block and this file are the same code', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const m = /### Quick start\n\n```ts\n([\s\S]*?)```/.exec(readme);
  expect(m).not.toBeNull();
  const self = readFileSync(new URL(import.meta.url), 'utf8');
  const mine = self.slice(
    self.indexOf('\n', self.indexOf('// README-START')) + 1,
    self.indexOf('// README-END'),
  );
  expect(m![1]).toBe(mine.replace("from '../src/index.js'", "from '@paywire/tsys'"));
});
