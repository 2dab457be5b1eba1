import { bytesToLatin1, latin1ToBytes } from '@paywire/core';
import type { MerchantSetup, TransactionInput } from '../src/index.js';

export const FS = '\x1c';
export const STX = '\x02';
export const ETX = '\x03';

export const bytes = (s: string): Uint8Array => latin1ToBytes(s);
export const str = (b: Uint8Array): string => bytesToLatin1(b);

/** Merchant values of the ActiveMerchant unit test (cid 0001, mid 000000000001, tid 001). */
export const MERCHANT: MerchantSetup = {
  clientNumber: '0001',
  merchantNumber: '000000000001',
  terminalNumber: '001',
};

export const NOW = new Date(Date.UTC(2026, 0, 15));

export const PAN = '4111111111111111';

export function tx(extra: Partial<TransactionInput> = {}): TransactionInput {
  return {
    card: { number: PAN, expMonth: 12, expYear: 2049, cvvData: '123' },
    amount: 100,
    invoiceNumber: '12345',
    sequenceNumber: 1,
    now: NOW,
    ...extra,
  };
}

/** The 38-byte preamble exactly as the notes lay it out (STX + L. + A02000 + CID + MID + TID + 1 + seq + F + code). */
export function preamble(code: string, seq = '000001'): string {
  return `${STX}L.A020000001000000000001001${'1'}${seq}F${code}`;
}

export function fixed(action: string, avs: string, approval: string, text: string, cardType = 'VI'): string {
  return (
    action +
    avs +
    approval.padEnd(6, ' ') +
    '000001' +
    '12345678' +
    '000001' +
    text.padEnd(32, ' ') +
    cardType
  );
}

/** Same field order as the ActiveMerchant test builder: fixed, 1 interchange, 2 auth source, 3 empty, 4 optional, 5-9 empty, tokens. */
export function response(fixedBlock: string, tokens = 'CV12M'): string {
  return `${STX}${fixedBlock}${FS}interchange${FS}auth_source${FS}${FS}optional${FS}${FS}${FS}${FS}${FS}${FS}${tokens}${ETX}`;
}
