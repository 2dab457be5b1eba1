// Client side of the TSYS host tests: the real transports (TLS with the test CA, HTTPS) and the
// codec, so every answer the simulator sends is decoded exactly as a client would.
import { ACK, applyEvenParity, ETB, ETX, NAK } from '@paywire/core';
import { connectTls, enqReader, etxLrcReader, type TlsConnection } from '@paywire/transport-tls';
import {
  type AuthorizationRequest,
  type AuthorizationResponse,
  addGratuity,
  buildBatch,
  buildKeyedEcommerce,
  buildRetailSwipe,
  decodeAuthResponse,
  detailFromAuthorization,
  encodeAuthRequest,
  forceSale,
  type MerchantProfile,
  type SettlementBatch,
} from '@paywire/tsys';
import { type Simulators, startSimulators, type TsysHostOptions } from '../src/index.js';

export const FIXED_NOW = new Date(Date.UTC(2026, 5, 17, 12, 45, 55));

export function merchant(applicationType: '0' | '2' | '4' = '0'): MerchantProfile {
  return {
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
    applicationType,
  };
}

export async function startTsys(
  options: TsysHostOptions = {},
): Promise<Simulators & { tsys: NonNullable<Simulators['tsys']> }> {
  const sim = await startSimulators({
    hosts: ['tsys'],
    hostOptions: { tsys: { now: () => FIXED_NOW, ...options } },
  });
  if (!sim.tsys) throw new Error('tsys host did not start');
  return sim as Simulators & { tsys: NonNullable<Simulators['tsys']> };
}

export function connect(sim: Simulators, parity = true, timeoutMs = 2_000): Promise<TlsConnection> {
  const host = sim.tsys!;
  return connectTls({
    hosts: [{ host: host.socket.host, port: host.socket.port }],
    ca: sim.ca,
    servername: 'localhost',
    greeting: enqReader({ parity: parity ? 'even' : 'none' }),
    connectTimeoutMs: timeoutMs,
    responseTimeoutMs: timeoutMs,
  });
}

/** Reads framed answers (parity cleared) and single ACK / NAK bytes. */
export function reader(parity = true, keepParity = false) {
  return etxLrcReader({
    parity: parity ? 'even' : 'none',
    keepParity,
    controlBytes: [ACK, NAK],
    maxBytes: 4096,
  });
}

export function wire(request: AuthorizationRequest, parity = true): Uint8Array {
  const bytes = encodeAuthRequest(request);
  return parity ? applyEvenParity(bytes) : bytes;
}

/** Sends one request and decodes the answer with the codec (throws if it does not decode). */
export async function authorizeOver(
  connection: TlsConnection,
  request: AuthorizationRequest,
  parity = true,
): Promise<AuthorizationResponse> {
  const answer = await connection.request(wire(request, parity), reader(parity));
  return decodeAuthResponse(answer);
}

export function swipe(
  sequenceNumber: number,
  amount: number,
  app: '0' | '2' | '4' = '0',
  pan = '4444333322221111',
) {
  return buildRetailSwipe({
    merchant: merchant(app),
    sequenceNumber,
    card: { track: `${pan}=3012101000001` },
    amount,
  });
}

export function keyed(
  sequenceNumber: number,
  amount: number,
  extra: { pan?: string; cvv?: string; street?: string; zip?: string; app?: '0' | '2' | '4' } = {},
) {
  return buildKeyedEcommerce({
    merchant: merchant(extra.app ?? '0'),
    sequenceNumber,
    card: { pan: extra.pan ?? '4111111111111111', expMonth: 12, expYear: 2030 },
    amount,
    ...(extra.cvv === undefined ? {} : { cvv: extra.cvv }),
    ...(extra.zip === undefined
      ? {}
      : { avs: { zip: extra.zip, ...(extra.street ? { street: extra.street } : {}) } }),
  });
}

/** A two-detail batch (sale with tip + force), 5 records, net deposit 8555 for the default amount. */
export function batch(
  batchNumber = '001',
  saleAmount = 2500,
  applicationType: '1' | '3' = '1',
): SettlementBatch {
  const sale = detailFromAuthorization(
    {
      transactionCode: '54',
      cardholderIdentificationCode: '@',
      accountDataSource: 'D',
      cardholderAccountNumber: '4444333322221111',
      transactionSequenceNumber: '0042',
      transactionAmount: saleAmount,
    },
    {
      responseCode: '00',
      approvalCode: '654321',
      returnedAci: 'E',
      authorizationSourceCode: '5',
      localTransactionDate: '060517',
      localTransactionTime: '124555',
      avsResultCode: '0',
      transactionIdentifier: '012345678901234',
      validationCode: 'X1Y2',
    },
  );
  const force = forceSale({
    approvalCode: '123456',
    cardholderAccountNumber: '4444333322221111',
    settlementAmount: 5555,
    localTransactionDate: '0605',
    localTransactionTime: '124555',
    transactionSequenceNumber: 124,
    cardholderIdentificationCode: '@',
    accountDataSource: 'H',
  });
  return buildBatch({
    applicationType,
    header: {
      acquirerBin: '999995',
      agentBankNumber: '000000',
      agentChainNumber: '000000',
      merchantNumber: '999999999911',
      storeNumber: '0011',
      terminalNumber: '9911',
      deviceCode: 'Q',
      industryCode: 'R',
      timeZoneDifferential: '705',
      batchTransmissionDate: '0605',
      batchNumber,
    },
    parameter: {
      merchantCategoryCode: '5999',
      merchantName: 'PAYWIRE TEST STORE',
      merchantCity: 'TEMPE',
      merchantState: 'AZ',
      cityCode: '85284',
      terminalIdNumber: '00000001',
    },
    records: [addGratuity(sale, 500), force],
  });
}

/** Splits an encoded batch into its frames (STX … ETB|ETX LRC), parity-aware. */
export function frames(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 1; i < bytes.length; i++) {
    const b = bytes[i]! & 0x7f;
    if (b === ETB || b === ETX) {
      out.push(bytes.subarray(start, i + 2));
      start = i + 2;
      i++;
    }
  }
  return out;
}
