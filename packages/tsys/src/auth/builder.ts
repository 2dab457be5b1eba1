// Friendly request builders for the common cases (retail swipe, keyed e-commerce with AVS/CVV,
// healthcare IIAS, eligibility inquiry) on top of the exact low-level AuthorizationRequest.
// Amounts are integers in minor units; everything is validated before a byte is produced.

import {
  type CardBrand,
  cardBrand,
  checkExpiry,
  ErrorCode,
  isPaywireError,
  luhnCheck,
  parseTrack1,
  parseTrack2,
  stripSentinels,
  trackKind,
} from '@paywire/core';
import type { ApplicationType } from './codes/application-type.js';
import { tsysError } from './errors.js';
import type { GroupIIIRecord } from './group-3/index.js';
import { checkHealthcareAmounts, type HealthcareAmounts, healthcareAdditionalAmounts } from './healthcare.js';
import {
  type AuthorizationOptions,
  applyAuthorizationOptions,
  type PosDataCodeSettings,
  posDataCodeText,
} from './options.js';
import {
  type AuthorizationRequest,
  type CardAcceptorData,
  type GroupIRequest,
  validateAuthRequest,
} from './request.js';
import type { AuthorizationResponse } from './response.js';

/** Merchant and terminal set-up (the SDK's merchant_* properties). */
export interface MerchantProfile {
  /** merchant_bank_id: acquirer BIN, 6 digits. */
  acquirerBin: string;
  /** merchant_number: up to 12 digits (zero-filled). */
  merchantNumber: string;
  /** merchant_store_number: up to 4 digits. */
  storeNumber: string;
  /** merchant_terminal_number: up to 4 digits. */
  terminalNumber: string;
  /** merchant_category_code: 4 digits. */
  merchantCategoryCode: string;
  /** merchant_name: up to 25 characters. */
  name: string;
  /** merchant_city: up to 13 characters. */
  city: string;
  /** merchant_state: 2 characters. */
  state: string;
  /** merchant_zip: the city code (ZIP), up to 9 characters. */
  zip: string;
  /** merchant_service_phone `NNN-NNNNNNN`: replaces the city in card acceptor data when the card is not present. */
  servicePhone?: string;
  /** merchant_country_code (default 840). */
  countryCode?: string;
  /** merchant_currency_code (default 840). */
  currencyCode?: string;
  /** merchant_language (default 00 English). */
  languageIndicator?: string;
  /** merchant_time_zone (default 705 Eastern). */
  timeZoneDifferential?: string;
  /** industry_type; the builders pick R (retail) or D (direct marketing) when unset. */
  industryCode?: string;
  /** Device code (default `O`, unknown: EIS 1080 prints the letter). */
  deviceCode?: string;
  /** Default 4 (interleaved), which the HTTPS gateway requires. */
  applicationType?: ApplicationType;
  /** TSYS-assigned developer ID (G3v020, mandatory since 2016). */
  developerId: string;
  /** TSYS-assigned application (version) ID (G3v020). */
  applicationId: string;
  /** GatewayID (G3v020). */
  gatewayId?: string;
}

interface Common {
  merchant: MerchantProfile;
  /** transaction_number 1-9999. */
  sequenceNumber: number;
  /** Extra settings (config settings of the SDK). */
  options?: AuthorizationOptions;
  /** POS data code sub-fields to override. */
  posDataCode?: PosDataCodeSettings;
  /** Clock for expiry checks (default now). */
  now?: Date;
}

/** card_magnetic_stripe: track 1 or track 2, sentinels allowed (they are removed). */
export interface SwipedCard {
  track: string;
}

/** card_number + card_exp_month + card_exp_year. */
export interface KeyedCard {
  pan: string;
  /** 1-12. */
  expMonth: number;
  /** 0-99 or 2000-2099. */
  expYear: number;
}

export type CardInput = SwipedCard | KeyedCard;

function fail(field: string, message: string, code: number): never {
  throw tsysError(code, message, { field });
}

/** Re-issues core (family `core`) errors as `tsys` errors, keeping code and field. */
function asTsys<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isPaywireError(e) && e.family !== 'tsys') {
      throw tsysError(e.code, e.message, {
        ...(e.field === undefined ? {} : { field: e.field }),
        ...(e.offset === undefined ? {} : { offset: e.offset }),
      });
    }
    throw e;
  }
}

function amountText(amount: number, field = 'amount'): string {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0 || amount > 999_999_999_999) {
    fail(field, 'must be an integer amount in minor units, 0-999999999999', ErrorCode.OUT_OF_RANGE);
  }
  return String(amount);
}

function sequenceText(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999)
    fail('sequenceNumber', 'must be 1-9999', ErrorCode.OUT_OF_RANGE);
  return String(n).padStart(4, '0');
}

interface CardPart {
  fields: Pick<GroupIRequest, 'accountDataSource'> & Partial<GroupIRequest>;
  brand: CardBrand;
  keyed: boolean;
}

function cardPart(card: CardInput, now: Date | undefined): CardPart {
  if ('track' in card) {
    const track = stripSentinels(card.track);
    const kind = trackKind(track);
    if (kind === undefined) fail('card.track', 'not a track 1 or track 2', ErrorCode.INVALID_FORMAT);
    const parsed = asTsys(() =>
      kind === 1 ? parseTrack1(track, 'card.track') : parseTrack2(track, 'card.track'),
    );
    if (!luhnCheck(parsed.pan))
      fail('card.track', 'account number check digit (Luhn) failed', ErrorCode.LUHN_CHECK_FAILED);
    if (kind === 1 && track.length > 76)
      fail('card.track', 'track 1 is longer than 76 characters', ErrorCode.INVALID_LENGTH);
    if (kind === 2 && track.length > 37)
      fail('card.track', 'track 2 is longer than 37 characters', ErrorCode.INVALID_LENGTH);
    return {
      fields: { accountDataSource: kind === 1 ? 'H' : 'D', track },
      brand: cardBrand(parsed.pan),
      keyed: false,
    };
  }
  const pan = card.pan.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(pan)) fail('card.pan', 'must be 12-19 digits', ErrorCode.INVALID_FORMAT);
  if (!luhnCheck(pan)) fail('card.pan', 'check digit (Luhn) failed', ErrorCode.LUHN_CHECK_FAILED);
  const { expMonth, expYear } = card;
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) {
    fail('card.expMonth', 'must be 1-12', ErrorCode.CARD_DATE_INVALID);
  }
  if (
    !Number.isInteger(expYear) ||
    !((expYear >= 0 && expYear <= 99) || (expYear >= 2000 && expYear <= 2099))
  ) {
    fail('card.expYear', 'must be 0-99 or 2000-2099', ErrorCode.CARD_DATE_INVALID);
  }
  const mmyy = String(expMonth).padStart(2, '0') + String(expYear % 100).padStart(2, '0');
  asTsys(() => checkExpiry(mmyy, 'MMYY', now ?? new Date(), 'card.expiry'));
  return {
    fields: { accountDataSource: '@', accountNumber: pan, expirationDate: mmyy },
    brand: cardBrand(pan),
    keyed: true,
  };
}

function baseGroupI(
  c: Common,
  industry: string,
): Omit<
  GroupIRequest,
  'accountDataSource' | 'cardholderIdentificationCode' | 'transactionCode' | 'transactionAmount'
> {
  const m = c.merchant;
  return {
    recordFormat: 'D',
    applicationType: m.applicationType ?? '4',
    acquirerBin: m.acquirerBin,
    merchantNumber: m.merchantNumber,
    storeNumber: m.storeNumber,
    terminalNumber: m.terminalNumber,
    deviceCode: m.deviceCode ?? 'O',
    industryCode: m.industryCode ?? industry,
    currencyCode: m.currencyCode ?? '840',
    countryCode: m.countryCode ?? '840',
    cityCode: m.zip.replace(/[\s-]/g, ''),
    languageIndicator: m.languageIndicator ?? '00',
    timeZoneDifferential: m.timeZoneDifferential ?? '705',
    merchantCategoryCode: m.merchantCategoryCode,
    requestedAci: 'Y',
    transactionSequenceNumber: sequenceText(c.sequenceNumber),
  };
}

function cardAcceptor(m: MerchantProfile, cardPresent: boolean): CardAcceptorData {
  if (m.name.length > 25) fail('merchant.name', 'at most 25 characters', ErrorCode.INVALID_LENGTH);
  if (m.city.length > 13) fail('merchant.city', 'at most 13 characters', ErrorCode.INVALID_LENGTH);
  if (m.servicePhone !== undefined && !/^\d{3}-\d{7}$/.test(m.servicePhone)) {
    fail('merchant.servicePhone', 'must be NNN-NNNNNNN', ErrorCode.INVALID_FORMAT);
  }
  const city = !cardPresent && m.servicePhone !== undefined ? m.servicePhone : m.city;
  return { merchantName: m.name, merchantCity: city, merchantState: m.state };
}

/** Merges builder-made and option-made Group III records (options win), ascending by version. */
function mergeGroupIII(...lists: GroupIIIRecord[][]): GroupIIIRecord[] {
  const map = new Map<string, GroupIIIRecord>();
  for (const list of lists) for (const r of list) map.set(r.version, r);
  return [...map.keys()].sort().map((k) => map.get(k)!);
}

function finishRequest(
  c: Common,
  groupI: GroupIRequest,
  defaults: AuthorizationOptions,
  posDefaults: PosDataCodeSettings,
): AuthorizationRequest {
  const m = c.merchant;
  const options: AuthorizationOptions = {
    developerId: m.developerId,
    applicationId: m.applicationId,
    ...(m.gatewayId === undefined ? {} : { gatewayId: m.gatewayId }),
    ...defaults,
    ...c.options,
    posDataCode: posDataCodeText({ ...posDefaults, ...c.posDataCode }),
  };
  if (typeof c.options?.posDataCode === 'string') options.posDataCode = c.options.posDataCode;
  else if (c.options?.posDataCode !== undefined) {
    options.posDataCode = posDataCodeText({ ...posDefaults, ...c.posDataCode, ...c.options.posDataCode });
  }
  const applied = applyAuthorizationOptions(options);
  const request: AuthorizationRequest = {
    ...groupI,
    ...applied.groupI,
    groupIII: mergeGroupIII(applied.groupIII),
  };
  validateAuthRequest(request);
  return request;
}

/** Retail, card swiped: track 1 (`H`) or track 2 (`D`), signature, purchase 54. */
export function buildRetailSwipe(input: Common & { card: SwipedCard; amount: number }): AuthorizationRequest {
  const card = cardPart(input.card, input.now);
  const groupI: GroupIRequest = {
    ...baseGroupI(input, 'R'),
    transactionCode: '54',
    cardholderIdentificationCode: '@',
    ...card.fields,
    transactionAmount: amountText(input.amount),
    cardAcceptorData: cardAcceptor(input.merchant, true),
  };
  return finishRequest(
    input,
    groupI,
    {},
    { cardInputCap: '2', cardholderPresent: '0', cardPresent: '1', cardInputMode: '2' },
  );
}

/** Address verification data: street and ZIP (customer_address, customer_zip). */
export interface AvsData {
  street?: string;
  zip: string;
}

function avsText(avs: AvsData): string {
  const zip = avs.zip.replace(/[\s-]/g, '');
  if (!/^[0-9A-Za-z]{1,9}$/.test(zip))
    fail('avs.zip', 'must be 1-9 letters or digits', ErrorCode.INVALID_FORMAT);
  const street = (avs.street ?? '').trim();
  const text = street === '' ? zip : `${street} ${zip}`;
  if (text.length > 29)
    fail('avs.street', `street and ZIP take ${text.length} characters, at most 29`, ErrorCode.INVALID_LENGTH);
  return text;
}

/**
 * Card not present, keyed (account data source `@`, cardholder id `N`), card-not-present purchase 56,
 * with AVS data in Group I, the CVV in G3v007 and the e-commerce indicator in G3v014 (default `7`).
 */
export function buildKeyedEcommerce(
  input: Common & { card: KeyedCard; amount: number; cvv?: string; avs?: AvsData; eci?: string },
): AuthorizationRequest {
  const card = cardPart(input.card, input.now);
  const groupI: GroupIRequest = {
    ...baseGroupI(input, 'D'),
    transactionCode: '56',
    cardholderIdentificationCode: 'N',
    ...card.fields,
    ...(input.avs === undefined ? {} : { cardholderIdentificationData: avsText(input.avs) }),
    transactionAmount: amountText(input.amount),
    cardAcceptorData: cardAcceptor(input.merchant, false),
  };
  const defaults: AuthorizationOptions = { eci: input.eci ?? '7' };
  if (input.cvv !== undefined) defaults.cvv = { value: input.cvv };
  return finishRequest(input, groupI, defaults, {
    cardInputCap: '1',
    terminalOpEnv: '0',
    cardholderPresent: '5',
    cardPresent: '0',
    cardInputMode: 'S',
  });
}

/** A healthcare (IIAS) authorization as TSYSHealthCare.authorize() sends it. */
export interface HealthcareInput extends Common {
  card: CardInput;
  /** transaction_amount. */
  amount: number;
  /** total_medical_amount and the sub-amounts; omit for a regular retail transaction. */
  healthcare?: HealthcareAmounts;
  /** partial_authorization. */
  partialAuthorization?: boolean;
  /** substantiated (Mastercard only, default 1). */
  substantiated?: '0' | '1' | '2';
  /** visa_mvv. */
  visaMvv?: string;
  /** card_cvv_data (keyed cards). */
  cvv?: string;
  /** customer_address / customer_zip (keyed cards). */
  avs?: AvsData;
}

/**
 * Healthcare auto-substantiation: the amount rules are checked first (see `checkHealthcareAmounts`);
 * the amounts go to G3v022 (4S total first), market specific data identifier `M`, G3v037 for
 * Mastercard, G3v021 MVV and G3v026 partial authorization when asked.
 */
export function buildHealthcare(input: HealthcareInput): AuthorizationRequest {
  const card = cardPart(input.card, input.now);
  const reserved = input.options?.cumulativeAmount === undefined ? 0 : 1;
  if (input.healthcare !== undefined) {
    checkHealthcareAmounts(input.amount, input.healthcare, { brand: card.brand, reservedSlots: reserved });
  }
  const groupI: GroupIRequest = {
    ...baseGroupI(input, 'R'),
    transactionCode: '54',
    cardholderIdentificationCode: card.keyed ? (input.avs ? 'M' : '@') : '@',
    ...card.fields,
    ...(card.keyed ? { accountDataSource: 'T' } : {}),
    ...(card.keyed && input.avs !== undefined ? { cardholderIdentificationData: avsText(input.avs) } : {}),
    transactionAmount: amountText(input.amount),
    ...(input.healthcare === undefined
      ? {}
      : { marketSpecificData: { prestigiousIndicator: ' ', identifier: 'M', duration: '00' } }),
    cardAcceptorData: cardAcceptor(input.merchant, true),
  };
  const defaults: AuthorizationOptions = {};
  if (input.healthcare !== undefined) {
    defaults.additionalAmounts = healthcareAdditionalAmounts(
      input.healthcare,
      input.merchant.currencyCode ?? '840',
    );
    if (card.brand === 'mastercard') defaults.substantiated = input.substantiated ?? '1';
  }
  if (input.partialAuthorization) defaults.partialAuthorization = true;
  if (input.visaMvv !== undefined) defaults.visaMvv = input.visaMvv;
  if (input.cvv !== undefined) defaults.cvv = { value: input.cvv };
  if (input.options?.additionalAmounts !== undefined && defaults.additionalAmounts !== undefined) {
    defaults.additionalAmounts = [...defaults.additionalAmounts, ...input.options.additionalAmounts];
  }
  const { additionalAmounts: _ignored, ...rest } = input.options ?? {};
  return finishRequest({ ...input, options: rest }, groupI, defaults, {
    cardInputCap: card.keyed ? 'B' : '2',
    cardholderPresent: '0',
    cardPresent: '1',
    cardInputMode: card.keyed ? '6' : '2',
  });
}

/**
 * Healthcare eligibility inquiry (TSYSHealthCare.eligibility_inquiry): transaction code 5M with a
 * zero amount, card present, the services to check in G3v023 member-defined data.
 */
export function buildEligibilityInquiry(
  input: Common & { card: CardInput; memberData?: string },
): AuthorizationRequest {
  const card = cardPart(input.card, input.now);
  const groupI: GroupIRequest = {
    ...baseGroupI(input, 'R'),
    transactionCode: '5M',
    cardholderIdentificationCode: '@',
    ...card.fields,
    ...(card.keyed ? { accountDataSource: 'T' } : {}),
    transactionAmount: '0',
    marketSpecificData: { prestigiousIndicator: ' ', identifier: 'M', duration: '00' },
    cardAcceptorData: cardAcceptor(input.merchant, true),
  };
  const defaults: AuthorizationOptions = {};
  if (input.memberData !== undefined) defaults.healthCareMemberData = input.memberData;
  return finishRequest(input, groupI, defaults, {
    cardInputCap: '2',
    cardholderPresent: '0',
    cardPresent: '1',
    cardInputMode: card.keyed ? '6' : '2',
  });
}

/** Group III versions an authorization reversal repeats from the original when present. */
const REVERSAL_CARRIED_VERSIONS = new Set(['020', '027', '049', '056', '062', '064', '067', '075']);

/**
 * Authorization reversal (Table 8.10): transaction code 59 (before settlement, default) or 5A
 * (after), the original's returned ACI in byte 56, the card as keyed data (`PAN<FS>MMYY<FS>`, account
 * data source `X`/`T` for swiped originals), the total authorized amount in the amount slot and the
 * amount to settle (0 for a full reversal) in the secondary amount slot, the original transaction
 * id and reversal and cancel data I. Use it to cancel a partial approval the customer declined.
 */
export function buildReversal(input: {
  original: AuthorizationRequest;
  response: AuthorizationResponse;
  /** Amount the host approved (default: `approvedAmount` of the response). */
  authorizedAmount?: number;
  /** Amount still to be settled (default 0: full reversal). */
  settlementAmount?: number;
  sequenceNumber: number;
  /** `59` before batch settlement (default), `5A` after. */
  transactionCode?: '59' | '5A' | 'CV';
}): AuthorizationRequest {
  const { original: o, response: r } = input;
  if (o.recordFormat !== 'D')
    fail(
      'original.recordFormat',
      'only credit (D) authorizations are reversed this way',
      ErrorCode.UNSUPPORTED,
    );
  let pan: string;
  let mmyy: string | undefined;
  let source: string;
  if (o.track !== undefined) {
    const kind = trackKind(o.track);
    const t = asTsys(() =>
      kind === 1 ? parseTrack1(o.track!, 'original.track') : parseTrack2(o.track!, 'original.track'),
    );
    pan = t.pan;
    mmyy = t.expiry === '' ? undefined : t.expiry.slice(2) + t.expiry.slice(0, 2);
    source = kind === 1 ? 'X' : 'T';
  } else {
    pan =
      o.accountNumber ??
      fail('original.accountNumber', 'the original has no card data', ErrorCode.MISSING_VALUE);
    mmyy = o.expirationDate;
    source = o.accountDataSource === 'P' ? 'T' : o.accountDataSource;
  }
  const authorized = input.authorizedAmount ?? Number(o.transactionAmount);
  const {
    track: _t,
    pinData: _p,
    cardholderIdentificationData: _c,
    customerDataItem3: _i,
    marketSpecificData: _m,
    receivingInstitutionId: _r,
    groupIII: _g,
    groupII: _g2,
    ...keep
  } = o;
  const request: AuthorizationRequest = {
    ...keep,
    requestedAci: r.returnedAci,
    transactionSequenceNumber: sequenceText(input.sequenceNumber),
    transactionCode: input.transactionCode ?? '59',
    cardholderIdentificationCode: '@',
    accountDataSource: source,
    accountNumber: pan,
    ...(mmyy === undefined ? {} : { expirationDate: mmyy }),
    transactionAmount: amountText(authorized, 'authorizedAmount'),
    secondaryAmount: amountText(input.settlementAmount ?? 0, 'settlementAmount'),
    ...(r.transactionIdentifier === undefined ? {} : { originalTransactionId: r.transactionIdentifier }),
    reversalAndCancelDataI: {
      approvalCode: r.approvalCode,
      localTransactionDate: r.localTransactionDate,
      localTransactionTime: r.localTransactionTime,
      retrievalReferenceNumber: r.retrievalReferenceNumber,
    },
    groupIII: o.groupIII.filter((g) => REVERSAL_CARRIED_VERSIONS.has(g.version)),
  };
  if (request.expirationDate === undefined) delete request.expirationDate;
  validateAuthRequest(request);
  return request;
}
