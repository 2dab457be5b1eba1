/**
 * The PTechECommerce surface (seed methods sale, auth_only, capture, credit, void_transaction) as
 * pure builders of typed UTF197 requests. Every input is validated first (errors name the field);
 * parts that are valid but have no public wire layout then fail with 704 UNSUPPORTED.
 */
import { cardBrand, ErrorCode, maskAll, parseTrack1, parseTrack2, toHex } from '@paywire/core';
import { paymentechError } from '../errors.js';
import type { IndustryData } from '../request/industry-data.js';
import type {
  CaptureRequest,
  CardBlock,
  FinancialRequest,
  PartialReversalRequest,
  RequestPreamble,
  ReversalAdviceRequest,
  VoidRequest,
} from '../request/types.js';
import type { RequestToken } from '../tokens/request-tokens.js';
import type { IndustryType, MerchantSetup, TransactionInput, VoidInput } from './types.js';
import {
  amount,
  base64Length,
  cardNumber,
  Deferred,
  eci,
  expiry,
  invoiceNumber,
  oneOf,
  optionalGroups,
  sequenceNumber,
  text,
  validateMerchant,
} from './validate.js';

const INDUSTRIES: readonly IndustryType[] = ['retail', 'directMarketing', 'eCommerce', 'restaurant', 'hotel'];
const UCAF = ['0', '1', '2', '3', '5', '6', '7'];

/** Next sequence number after `n`: 0-2399 count up, 2400 wraps to 1 (seed sequence_number). */
export function nextSequenceNumber(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 2400) {
    throw paymentechError(ErrorCode.OUT_OF_RANGE, 'sequenceNumber', 'must be an integer 0-2400', {
      actual: String(n),
    });
  }
  return n >= 2400 ? 1 : n + 1;
}

function preamble(m: MerchantSetup, seq: number): RequestPreamble {
  const p: RequestPreamble = {
    systemIndicator: 'L.',
    routingIndicator: m.routingIndicator ?? 'A02000',
    clientNumber: m.clientNumber,
    merchantNumber: m.merchantNumber,
    terminalNumber: m.terminalNumber,
    transactionMode: '1',
    sequenceNumber: seq,
    transactionClass: 'F',
  };
  if (m.trailingLrc) p.trailingLrc = true;
  return p;
}

function softwareTokens(m: MerchantSetup): RequestToken[] {
  const out: RequestToken[] = [];
  if (m.software) {
    out.push({
      id: 'P1',
      p1: {
        vendorId: m.software.vendorId,
        softwareId: m.software.softwareId,
        softwareData: m.software.softwareData ?? '1',
      },
    });
  }
  if (m.p2Data !== undefined) out.push({ id: 'P2', p2: { data: m.p2Data } });
  return out;
}

interface Prepared {
  industry: IndustryType;
  card: CardBlock;
  industryData: IndustryData;
  streetAddress?: string;
  zipCode?: string;
  cvv: RequestToken;
  cd?: RequestToken;
  threeDS?: RequestToken;
  rn?: RequestToken;
  p8?: RequestToken;
  extra: RequestToken[];
  seq: number;
}

/** Validates a transaction fully, then refuses what cannot be encoded. */
function prepare(m: MerchantSetup, tx: TransactionInput, allowZeroAmount: boolean): Prepared {
  validateMerchant(m);
  if (typeof tx !== 'object' || tx === null)
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, 'transaction', 'expected an object');
  const deferred = new Deferred();
  const industry = (
    tx.industryType === undefined ? 'eCommerce' : oneOf('industryType', tx.industryType, INDUSTRIES)
  ) as IndustryType;
  const card = tx.card;
  if (typeof card !== 'object' || card === null)
    throw paymentechError(ErrorCode.MISSING_VALUE, 'card', 'is required');

  const source = card.entryDataSource ?? 'manualEntryNoCardReader';
  oneOf('card.entryDataSource', source, [
    'track1',
    'track2',
    'manualEntryTrack1Capable',
    'manualEntryTrack2Capable',
    'manualEntryNoCardReader',
    'track1Contactless',
    'track2Contactless',
    'manualEntryContactlessCapable',
    'ivr',
    'kiosk',
  ]);
  if (source === 'ivr' || source === 'kiosk') {
    throw paymentechError(
      ErrorCode.OUT_OF_RANGE,
      'card.entryDataSource',
      'Paymentech does not support IVR or kiosk entry',
    );
  }
  let pan: string;
  if (card.magneticStripe !== undefined && card.magneticStripe !== '') {
    const track = card.magneticStripe;
    const t =
      source === 'track1' || source === 'track1Contactless'
        ? parseTrack1(track, 'card.magneticStripe')
        : parseTrack2(track, 'card.magneticStripe');
    pan = cardNumber('card.magneticStripe', t.pan);
    deferred.add('card.magneticStripe', 'the track data field');
  } else {
    pan = cardNumber('card.number', card.number);
  }
  if (source !== 'manualEntryNoCardReader')
    deferred.add('card.entryDataSource', `the wire code for entry data source ${source}`);
  const exp = expiry(card, tx.now ?? new Date());

  let cvv: RequestToken = { id: 'CV', cv: { presence: '9' } };
  const presence = card.cvvPresence ?? (card.cvvData ? 'provided' : 'notProvided');
  oneOf('card.cvvPresence', presence, ['notProvided', 'provided', 'illegible', 'notOnCard']);
  if (card.cvvData !== undefined && card.cvvData !== '') {
    if (typeof card.cvvData !== 'string' || !/^\d{3,4}$/.test(card.cvvData)) {
      throw paymentechError(ErrorCode.INVALID_FORMAT, 'card.cvvData', 'must be 3 or 4 digits', {
        ...(typeof card.cvvData === 'string' ? { actual: maskAll(card.cvvData) } : {}),
      });
    }
    if (presence !== 'provided') {
      throw paymentechError(
        ErrorCode.INVALID_ARGUMENT,
        'card.cvvPresence',
        `is ${presence} but card.cvvData is set`,
      );
    }
    cvv = { id: 'CV', cv: { presence: '1', value: card.cvvData } };
  } else if (presence === 'provided') {
    throw paymentechError(
      ErrorCode.MISSING_VALUE,
      'card.cvvData',
      'is required when card.cvvPresence is provided',
    );
  } else if (presence !== 'notProvided') {
    deferred.add('card.cvvPresence', `the CVV presence code for ${presence}`);
  }

  const cents = amount(tx.amount, allowZeroAmount);
  const seq = sequenceNumber(tx.sequenceNumber);
  const invoice = invoiceNumber(industry, tx.invoiceNumber);
  const eciWire = eci(tx.eci ?? '7');
  const street =
    tx.customerAddress === undefined || tx.customerAddress === ''
      ? undefined
      : text('customerAddress', tx.customerAddress, 40).toUpperCase();
  const zip =
    tx.customerZip === undefined || tx.customerZip === ''
      ? undefined
      : text('customerZip', tx.customerZip, 9, {
          pattern: /^[A-Za-z0-9 -]+$/,
          words: 'letters, digits, spaces and dashes',
        }).toUpperCase();

  let cd: RequestToken | undefined;
  if (tx.customerDefinedData !== undefined && tx.customerDefinedData !== '') {
    cd = { id: 'CD', cd: { customerDefinedData: text('customerDefinedData', tx.customerDefinedData, 30) } };
  }
  let rn: RequestToken | undefined;
  if (tx.posRetrievalNumber !== undefined && tx.posRetrievalNumber !== '') {
    rn = {
      id: 'RN',
      rn: {
        posRetrievalNumber: text('posRetrievalNumber', tx.posRetrievalNumber, 12, {
          min: 1,
          pattern: /^\d+$/,
          words: 'digits',
        }),
      },
    };
  }
  let p8: RequestToken | undefined;
  if (tx.authorizationType !== undefined) {
    p8 = {
      id: 'P8',
      p8: { authorizationType: text('authorizationType', tx.authorizationType, 2, { min: 2 }) },
    };
  }

  let threeDS: RequestToken | undefined;
  const s = tx.threeDSecure;
  if (s !== undefined) {
    let ucaf: string | undefined;
    if (s.ucafCollectionIndicator !== undefined)
      ucaf = oneOf('threeDSecure.ucafCollectionIndicator', s.ucafCollectionIndicator, UCAF);
    if (s.cavv !== undefined && s.cavv !== '') {
      const raw = base64Length('threeDSecure.cavv', s.cavv, [28, 32]);
      const brand = cardBrand(pan);
      if (brand === 'visa') {
        if (raw.length === 20) threeDS = { id: 'VA', va: { cavv: toHex(raw) } };
        else
          deferred.add(
            'threeDSecure.cavv',
            'a Visa CAVV other than 20 bytes (the VA token holds 40 hex digits)',
          );
      } else if (brand === 'mastercard') {
        threeDS = { id: 'SC', sc: { ucafIndicator: ucaf ?? '2', aav: s.cavv } };
      } else deferred.add('threeDSecure.cavv', `the 3-D Secure token for ${brand} cards`);
    } else if (ucaf !== undefined) {
      if (cardBrand(pan) === 'mastercard') threeDS = { id: 'SC', sc: { ucafIndicator: ucaf } };
      else
        throw paymentechError(
          ErrorCode.INVALID_ARGUMENT,
          'threeDSecure.ucafCollectionIndicator',
          'is for Mastercard only',
        );
    }
    if (s.xid !== undefined && s.xid !== '') {
      const v = text('threeDSecure.xid', s.xid, 40, { min: 28 });
      if (v.length !== 40) base64Length('threeDSecure.xid', v, [28]);
      deferred.add('threeDSecure.xid', 'the XID token');
    }
    if (s.directoryServerTransactionId !== undefined && s.directoryServerTransactionId !== '') {
      text('threeDSecure.directoryServerTransactionId', s.directoryServerTransactionId, 36, { min: 36 });
      deferred.add('threeDSecure.directoryServerTransactionId', 'the directory server transaction id token');
    }
    if (s.programProtocol !== undefined && s.programProtocol !== '') {
      oneOf('threeDSecure.programProtocol', s.programProtocol, ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
      deferred.add('threeDSecure.programProtocol', 'the program protocol token');
    }
    if (s.tavv !== undefined && s.tavv !== '') {
      base64Length('threeDSecure.tavv', s.tavv, [28]);
      deferred.add('threeDSecure.tavv', 'the TAVV token');
    }
    if (s.digitalPaymentCryptogram !== undefined && s.digitalPaymentCryptogram !== '') {
      base64Length('threeDSecure.digitalPaymentCryptogram', s.digitalPaymentCryptogram, [28]);
      deferred.add('threeDSecure.digitalPaymentCryptogram', 'the digital payment cryptogram token');
    }
  }
  optionalGroups(tx, industry, deferred);
  const extra: RequestToken[] = (tx.additionalTokens ?? []).map((t) => ({ id: t.id, raw: t.data }));

  // Everything is valid; now refuse what public sources cannot encode.
  if (industry === 'restaurant' || industry === 'hotel') {
    deferred.add('industryType', `${industry} (needs terminal capture settlement and market specific data)`);
  } else if (industry !== 'eCommerce') {
    deferred.add(
      'industryType',
      `the industry specific field for ${industry} (only the e-commerce block 013 is public)`,
    );
  }
  deferred.throwFirst();

  const industryData: IndustryData = { industryCode: '013' };
  if (invoice !== undefined) industryData.orderNumber = invoice;
  if (eciWire !== undefined) industryData.eci = eciWire;
  const prepared: Prepared = {
    industry,
    card: {
      pinCapability: '2',
      entryDataSource: '02',
      accountNumber: pan,
      expirationDate: exp,
      amount: cents,
      amountFormat: m.amountFormat ?? 'explicit',
    },
    industryData,
    cvv,
    extra,
    seq,
  };
  if (street !== undefined) prepared.streetAddress = street;
  if (zip !== undefined) prepared.zipCode = zip;
  if (cd) prepared.cd = cd;
  if (threeDS) prepared.threeDS = threeDS;
  if (rn) prepared.rn = rn;
  if (p8) prepared.p8 = p8;
  return prepared;
}

function financial(code: '01' | '02' | '06', m: MerchantSetup, tx: TransactionInput): FinancialRequest {
  const p = prepare(m, tx, code === '02');
  const tokens: RequestToken[] = [p.cvv];
  for (const t of [p.cd, p.threeDS, p.rn, p.p8]) if (t) tokens.push(t);
  tokens.push(...softwareTokens(m), ...p.extra);
  const req: FinancialRequest = {
    ...preamble(m, p.seq),
    transactionCode: code,
    ...p.card,
    filler: '00000000',
    industryData: p.industryData,
    tokens,
  };
  if (p.streetAddress !== undefined) req.streetAddress = p.streetAddress;
  if (p.zipCode !== undefined) req.zipCode = p.zipCode;
  return req;
}

/** Seed `sale()`: authorize and add to the open batch (code 01). */
export function buildSale(merchant: MerchantSetup, tx: TransactionInput): FinancialRequest {
  return financial('01', merchant, tx);
}

/** Seed `auth_only()`: reserve funds, not batched (code 02). Amount 0 is an account verification. */
export function buildAuthOnly(merchant: MerchantSetup, tx: TransactionInput): FinancialRequest {
  return financial('02', merchant, tx);
}

/** Seed `credit()`: a return (code 06). */
export function buildCredit(merchant: MerchantSetup, tx: TransactionInput): FinancialRequest {
  return financial('06', merchant, tx);
}

function approval(value: unknown): string {
  if (value === undefined || value === '') {
    throw paymentechError(
      ErrorCode.MISSING_VALUE,
      'approvalCode',
      'is required (host errors 235/308 without it)',
    );
  }
  return text('approvalCode', value, 6, {
    min: 1,
    pattern: /^[A-Za-z0-9 ]+$/,
    words: 'letters, digits and spaces',
  });
}

/** Seed `capture(approval_code)`: prior sale / force with the approval code (code 03). */
export function buildCapture(
  merchant: MerchantSetup,
  tx: TransactionInput,
  approvalCode: string,
): CaptureRequest {
  const code = approval(approvalCode);
  const p = prepare(merchant, tx, false);
  const tokens: RequestToken[] = [];
  if (p.cd) tokens.push(p.cd);
  tokens.push(...p.extra);
  return {
    ...preamble(merchant, p.seq),
    transactionCode: '03',
    ...p.card,
    filler: '00000000',
    industryData: p.industryData,
    approvalCode: code,
    tokens,
  };
}

/** Partial authorization reversal (code 09): the new amount with the original approval code. */
export function buildPartialAuthReversal(
  merchant: MerchantSetup,
  tx: TransactionInput,
  approvalCode: string,
): PartialReversalRequest {
  const code = approval(approvalCode);
  const p = prepare(merchant, tx, false);
  return {
    ...preamble(merchant, p.seq),
    transactionCode: '09',
    ...p.card,
    filler: '00000000',
    industryData: p.industryData,
    approvalCode: code,
  };
}

/** Seed `void_transaction(retrieval_number_to_void, last_retrieval_number)` (code 41). */
export function buildVoid(merchant: MerchantSetup, input: VoidInput): VoidRequest {
  validateMerchant(merchant);
  if (typeof input !== 'object' || input === null)
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, 'void', 'expected an object');
  const pan = cardNumber('cardNumber', input.cardNumber);
  const target = text('retrievalNumberToVoid', input.retrievalNumberToVoid, 12, {
    min: 1,
    pattern: /^\d+$/,
    words: 'digits',
  });
  const last =
    input.lastRetrievalNumber === undefined || input.lastRetrievalNumber === ''
      ? target
      : text('lastRetrievalNumber', input.lastRetrievalNumber, 12, {
          min: 1,
          pattern: /^\d+$/,
          words: 'digits',
        });
  const seq = sequenceNumber(input.sequenceNumber);
  const tokens: RequestToken[] = [{ id: 'TA', ta: { allowed: 'Y' } }];
  if (input.customerDefinedData !== undefined && input.customerDefinedData !== '') {
    tokens.push({
      id: 'CD',
      cd: { customerDefinedData: text('customerDefinedData', input.customerDefinedData, 30) },
    });
  }
  return {
    ...preamble(merchant, seq),
    transactionCode: '41',
    retrievalNumberToVoid: target,
    lastRetrievalNumber: last,
    accountNumber: pan,
    tokens,
  };
}

/**
 * Reversal advice (code 46) for a sale or authorization whose answer never arrived: the card,
 * expiry and original amount, the RN token of the original, TC = the original transaction code,
 * and the merchant's P1/P2 tokens.
 */
export function buildReversalAdvice(
  merchant: MerchantSetup,
  tx: TransactionInput,
  originalTransactionCode: '01' | '02',
): ReversalAdviceRequest {
  oneOf('originalTransactionCode', originalTransactionCode, ['01', '02']);
  const p = prepare(merchant, tx, originalTransactionCode === '02');
  const tokens: RequestToken[] = [];
  if (p.rn) tokens.push(p.rn);
  tokens.push({ id: 'TC', tc: { originalTransactionCode } }, ...softwareTokens(merchant));
  return { ...preamble(merchant, p.seq), transactionCode: '46', ...p.card, tokens };
}
