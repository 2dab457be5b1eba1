import type { DetailRecord, HeaderRecord, ParameterRecord } from '../../src/settlement/index.js';

export const ascii = (b: Uint8Array): string => String.fromCharCode(...b);
export const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Spec positions are 1-based and inclusive, counted from the record format `K`. */
export function at(record: string, from: number, to: number = from): string {
  return record.slice(from - 1, to);
}

/** Splits framed batch bytes into record texts (without STX/ETB/ETX/LRC); checks each LRC independently. */
export function splitFrames(bytes: Uint8Array): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] !== 0x02) throw new Error(`no STX at ${i}`);
    let j = i + 1;
    while (bytes[j] !== 0x03 && bytes[j] !== 0x17) j++;
    let x = 0;
    for (let k = i + 1; k <= j; k++) x ^= bytes[k]!;
    if (bytes[j + 1] !== x) throw new Error(`bad LRC at ${j + 1}`);
    out.push({ text: ascii(bytes.subarray(i + 1, j)), end: bytes[j]! });
    i = j + 2;
  }
  return out;
}

export const header: Omit<HeaderRecord, 'type' | 'blockingIndicator'> = {
  acquirerBin: '999995',
  agentBankNumber: '000000',
  agentChainNumber: '000000',
  merchantNumber: '999999999911',
  storeNumber: '0011',
  terminalNumber: '9911',
  deviceCode: 'Q',
  industryCode: 'R',
  currencyCode: '840',
  languageIndicator: '00',
  timeZoneDifferential: '705',
  batchTransmissionDate: '0911',
  batchNumber: '001',
};

export const parameter: Omit<ParameterRecord, 'type'> = {
  countryCode: '840',
  cityCode: '85284',
  merchantCategoryCode: '5999',
  merchantName: 'PAYWIRE TEST STORE',
  merchantCity: 'TEMPE',
  merchantState: 'AZ',
  merchantLocationNumber: '00001',
  terminalIdNumber: '00000001',
};

export const PAN = '4444333322221111';

export function sale(amount: number, seq = 1, extra: Partial<DetailRecord> = {}): DetailRecord {
  return {
    type: 'detail',
    transactionCode: '54',
    cardholderIdentificationCode: '@',
    accountDataSource: 'D',
    cardholderAccountNumber: PAN,
    requestedAci: 'Y',
    returnedAci: 'A',
    authorizationSourceCode: '5',
    transactionSequenceNumber: String(seq % 10000 || 1).padStart(4, '0'),
    responseCode: '00',
    approvalCode: '123456',
    localTransactionDate: '0605',
    localTransactionTime: '124555',
    avsResultCode: '0',
    transactionIdentifier: '012345678901234',
    validationCode: 'AB12',
    voidIndicator: '',
    transactionStatusCode: '00',
    reimbursementAttribute: '0',
    settlementAmount: amount,
    authorizedAmount: amount,
    ...extra,
  };
}
