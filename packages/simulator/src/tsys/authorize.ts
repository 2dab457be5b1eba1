/**
 * How the simulated TSYS host answers an EIS 1080 authorization request. Pure apart from the host
 * state (authorizations for reversals and incrementals) and the clock; every decision follows the
 * tables in `triggers.ts`.
 */

import { cardBrand, maskPan, parseTrack1, parseTrack2, trackKind } from '@paywire/core';
import {
  type AdditionalAmount,
  type AuthorizationRequest,
  type AuthorizationResponse,
  additionalAmountsFromFields,
  additionalAmountsToFields,
  authCodes,
  type GroupIIIRecord,
  groupIIIVersions,
  parseHealthcareMemberData,
} from '@paywire/tsys';
import type { TsysState } from './state.js';
import {
  AVS_BY_ZIP,
  AVS_TEST_STREET,
  AVS_TEST_ZIP,
  CVV_BY_CODE,
  DECLINE_BY_CARD,
  DECLINE_BY_CENTS,
  INELIGIBLE_SERVICE_TYPES,
} from './triggers.js';

export interface AuthorizeSettings {
  /** Balance of healthcare (IIAS) cards, minor units. */
  healthcareBalance: number;
  now: () => Date;
}

const REVERSAL_CODES = new Set(['59', '5A', 'CV']);
/** Repeat transaction code → the code it repeats (EIS 1080 §6.201). */
const REPEAT_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(authCodes.transactionCodeInfo).flatMap(([code, info]) =>
    info.repeat === undefined ? [] : [[info.repeat, code] as [string, string]],
  ),
);

/** What identifies a transaction to the host when it is repeated. */
function repeatKey(r: AuthorizationRequest, code: string, pan: string | undefined): string {
  return [
    r.acquirerBin,
    r.merchantNumber,
    r.storeNumber,
    r.terminalNumber,
    code,
    pan ?? '',
    r.transactionAmount,
  ].join('|');
}
const KEYED_SOURCES = new Set(['@', 'P', 'T', 'X']);
/** Open-to-buy the host reports for credit cards when balances are asked for (G3v022 bare). */
const CREDIT_OPEN_TO_BUY = 1_000_000;

const two = (n: number) => String(n).padStart(2, '0');

function wireDate(d: Date): { date: string; time: string; julian: string } {
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const day = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  return {
    date: two(d.getUTCMonth() + 1) + two(d.getUTCDate()) + two(d.getUTCFullYear() % 100),
    time: two(d.getUTCHours()) + two(d.getUTCMinutes()) + two(d.getUTCSeconds()),
    julian: String(d.getUTCFullYear() % 10) + String(day).padStart(3, '0'),
  };
}

/** The clear card number of a D or T request, if the host can read one. */
export function cardNumberOf(r: AuthorizationRequest): string | undefined {
  if (r.recordFormat !== 'D' && r.recordFormat !== 'T') return undefined;
  if (r.accountNumber !== undefined) return r.accountNumber;
  if (r.track === undefined) return undefined;
  try {
    const kind = trackKind(r.track);
    if (kind === 1) return parseTrack1(r.track).pan;
    if (kind === 2) return parseTrack2(r.track).pan;
  } catch {
    // unreadable track: treated as no card number
  }
  return undefined;
}

function g3(r: AuthorizationRequest, version: string): GroupIIIRecord | undefined {
  return r.groupIII.find((g) => g.version === version);
}

/** AVS result from `street zip` (Group I cardholder identification data) against the test address. */
export function avsResult(data: string | undefined): string {
  const text = (data ?? '').trim();
  if (text === '') return '0';
  const parts = text.split(/\s+/);
  const zip = parts.pop() ?? '';
  const street = parts.join(' ');
  const forced = AVS_BY_ZIP[zip.slice(0, 5)];
  if (forced !== undefined) return forced;
  const nine = zip.length === 9;
  const zipOk = zip.slice(0, 5) === AVS_TEST_ZIP;
  const streetOk = street !== '' && street.split(/\s+/)[0] === AVS_TEST_STREET;
  if (zipOk && streetOk) return nine ? 'X' : 'Y';
  if (streetOk) return 'A';
  if (zipOk) return nine ? 'W' : 'Z';
  return 'N';
}

interface CvvOutcome {
  /** Result code for G3v007 ('' when none is returned). */
  result: string;
  /** Response code forced by the check (Amex mismatch). */
  decline?: string;
}

/** G3v007 result: by the code, presence indicator and brand. */
export function cvvOutcome(fields: Readonly<Record<string, unknown>>, brand: string | undefined): CvvOutcome {
  const presence = String(fields.presenceIndicator ?? '0');
  const wanted = fields.responseType === '1';
  let result: string;
  if (presence === '1') result = CVV_BY_CODE[String(fields.verificationCode ?? '').trim()] ?? 'M';
  else if (presence === '9') result = 'S';
  else result = 'P';
  if (brand === 'amex') return result === 'N' ? { result: '', decline: '82' } : { result: '' };
  return { result: wanted ? result : '' };
}

function amount(text: string | undefined): number {
  return text === undefined || text === '' ? 0 : Number(text);
}

function slot(type: string, value: number, currency: string, account = '00'): AdditionalAmount {
  return {
    accountType: account,
    amountType: type,
    currencyCode: currency,
    sign: value < 0 ? 'D' : 'C',
    amount: Math.abs(value),
  };
}

/** Four full slots (Table 5.41): the given amounts first, then the pool until four. */
function fourSlots(first: AdditionalAmount[], pool: AdditionalAmount[]): AdditionalAmount[] {
  const out = first.slice(0, 4);
  for (const a of pool) {
    if (out.length >= 4) break;
    if (!out.some((o) => o.amountType === a.amountType)) out.push(a);
  }
  return out;
}

export interface AuthorizeResult {
  response: AuthorizationResponse;
  /** Short masked description of the decision for the log. */
  note: string;
}

/** Answers one D/T/W/X/Y/Z request. */
export function authorize(
  r: AuthorizationRequest,
  state: TsysState,
  settings: AuthorizeSettings,
): AuthorizeResult {
  const pan = cardNumberOf(r);
  const repeated = REPEAT_OF.get(r.transactionCode);
  if (repeated !== undefined) {
    const prior = state.answered.get(repeatKey(r, repeated, pan));
    if (prior !== undefined) {
      return {
        response: {
          ...prior,
          applicationType: r.applicationType,
          transactionSequenceNumber: r.transactionSequenceNumber,
        },
        note: `repeat of ${repeated}: the original's answer`,
      };
    }
  }
  const now = wireDate(settings.now());
  const n = state.next();
  const brand = pan === undefined ? undefined : cardBrand(pan);
  const requested = amount(r.transactionAmount);
  const currency = r.currencyCode;
  const keyed = KEYED_SOURCES.has(r.accountDataSource);
  const hasAvsData = (r.cardholderIdentificationData ?? '').trim() !== '';

  let responseCode = '00';
  let approved = requested;
  let note = '';
  let tid = String(n).padStart(15, '0');
  let approvalCode = `S${String(n % 100_000).padStart(5, '0')}`;
  let responseAmounts: AdditionalAmount[] | undefined;
  let memberData: string | undefined;
  let cvv: CvvOutcome | undefined;
  const avs = avsResult(r.cardholderIdentificationData);
  let original: ReturnType<TsysState['authorizations']['get']>;

  const v007 = g3(r, '007');
  if (v007?.fields) cvv = cvvOutcome(v007.fields, brand);
  const requestAmounts = additionalAmountsFromFields(g3(r, '022')?.fields);

  if (REVERSAL_CODES.has(r.transactionCode)) {
    original = r.originalTransactionId ? state.authorizations.get(r.originalTransactionId) : undefined;
    const remaining = amount(r.secondaryAmount);
    if (original === undefined) {
      responseCode = '76';
      note = 'reversal: original not found';
    } else if (original.reversed) {
      responseCode = '79';
      note = 'reversal: already reversed';
    } else if (original.approvedAmount === 0) {
      responseCode = '80';
      note = 'reversal of a declined original';
    } else {
      original.totalAuthorizedAmount = remaining;
      original.reversed = remaining === 0;
      approvalCode = original.approvalCode;
      tid = original.transactionIdentifier;
      note = remaining === 0 ? 'full reversal' : `partial reversal, ${remaining} remains`;
    }
    approved = 0;
    cvv = undefined;
  } else if (r.requestedAci === 'I' && r.originalTransactionId) {
    original = state.authorizations.get(r.originalTransactionId);
    if (original === undefined || original.reversed || original.approvedAmount === 0) {
      responseCode = '12';
      approved = 0;
      note = 'incremental: no open original';
    } else {
      responseCode = DECLINE_BY_CENTS[String(requested % 100).padStart(2, '0')] ?? '00';
      if (responseCode === '00') {
        original.totalAuthorizedAmount += requested;
        original.incrementals++;
        tid = original.transactionIdentifier;
        note = `incremental, total ${original.totalAuthorizedAmount}`;
      } else {
        approved = 0;
        note = 'incremental declined by amount';
      }
    }
  } else {
    const byCard = pan === undefined ? undefined : DECLINE_BY_CARD[pan];
    const byCents = DECLINE_BY_CENTS[String(requested % 100).padStart(2, '0')];
    const healthcare =
      r.marketSpecificData?.identifier === 'M' || requestAmounts.some((a) => a.amountType === '4S');
    if (r.transactionCode === '5M') {
      responseCode = byCard ?? '85';
      approved = 0;
      const asked = g3(r, '023')?.fields?.memberDefinedData;
      if (typeof asked === 'string' && asked !== '') memberData = answerEligibility(asked);
      note = 'eligibility inquiry';
    } else if (r.transactionCode === '58' || (requested === 0 && r.transactionCode !== 'CR')) {
      responseCode = byCard ?? '85';
      approved = 0;
      note = 'card verification';
    } else if (byCard !== undefined) {
      responseCode = byCard;
      note = 'test card';
    } else if (byCents !== undefined) {
      responseCode = byCents;
      note = 'amount cents trigger';
    } else if (cvv?.decline !== undefined) {
      responseCode = cvv.decline;
      note = 'verification code mismatch (Amex)';
    } else if (healthcare) {
      const total = requestAmounts.find((a) => a.amountType === '4S')?.amount ?? requested;
      const eligible = Math.min(requested, total, settings.healthcareBalance);
      const partialOk = g3(r, '026') !== undefined;
      if (eligible >= requested) {
        note = 'healthcare approval';
        responseAmounts = fourSlots(requestAmounts, [
          slot('02', settings.healthcareBalance - requested, currency),
          slot('01', settings.healthcareBalance - requested, currency),
          slot('57', requested, currency),
        ]);
      } else if (eligible > 0 && partialOk) {
        responseCode = '10';
        approved = eligible;
        note = `healthcare partial approval ${eligible} of ${requested}`;
        const left = settings.healthcareBalance - eligible;
        responseAmounts = [
          slot('10', eligible, currency),
          slot('57', requested, currency),
          slot('02', Math.max(0, left), currency),
          slot('01', Math.max(0, left), currency),
        ];
      } else {
        responseCode = '51';
        note = partialOk ? 'healthcare: nothing eligible' : 'healthcare: over the balance, no partial';
      }
    }
    if (responseCode !== '00' && responseCode !== '10') approved = 0;
  }

  if (responseAmounts === undefined && g3(r, '022') !== undefined) {
    const open = Math.max(0, CREDIT_OPEN_TO_BUY - approved);
    responseAmounts = fourSlots(requestAmounts, [
      slot('02', open, currency, '30'),
      slot('01', open, currency, '30'),
      slot('57', requested, currency, '30'),
      slot('10', approved, currency, '30'),
    ]);
  }

  const approvedClass = responseCode === '00' || responseCode === '10' || responseCode === '85';
  const info = authCodes.responseCodeInfo[responseCode];
  const text = responseCode === '00' ? `APPROVAL ${approvalCode}` : (info?.text ?? 'DECLINE');
  const returnedAci = !approvedClass
    ? 'N'
    : r.requestedAci === 'I'
      ? 'I'
      : r.requestedAci === 'R'
        ? 'R'
        : r.requestedAci !== 'Y'
          ? 'N'
          : keyed
            ? hasAvsData
              ? 'V'
              : 'N'
            : 'A';
  if (!approvedClass) approvalCode = '';
  const rrn = now.julian + String(n).padStart(8, '0');

  const response: AuthorizationResponse = {
    recordFormat: r.recordFormat === 'T' || r.recordFormat === 'X' || r.recordFormat === 'Z' ? 'U' : 'E',
    applicationType: r.applicationType,
    returnedAci,
    storeNumber: r.storeNumber,
    terminalNumber: r.terminalNumber,
    authorizationSourceCode: '5',
    transactionSequenceNumber: r.transactionSequenceNumber,
    responseCode,
    approvalCode,
    localTransactionDate: now.date,
    localTransactionTime: now.time,
    responseText: text,
    avsResultCode: REVERSAL_CODES.has(r.transactionCode) ? '0' : avs,
    retrievalReferenceNumber: rrn,
    marketSpecificDataIdentifier: r.marketSpecificData?.identifier ?? ' ',
    transactionIdentifier: tid,
    validationCode: `V${(n % 46_656).toString(36).toUpperCase().padStart(3, '0')}`,
    groupIII: responseGroupIII(r, brand, cvv, responseAmounts, memberData),
  };
  if (response.recordFormat === 'U') {
    response.groupII = {
      acquirerBin: r.acquirerBin,
      hostMessageIdentifier: ' '.repeat(8),
      systemTraceAuditNumber: String(n % 1_000_000).padStart(6, '0'),
      networkIdCode: '5',
      settlementDate: now.date.slice(0, 4),
    };
  }

  const fresh =
    !REVERSAL_CODES.has(r.transactionCode) && !(r.requestedAci === 'I' && r.originalTransactionId);
  if (fresh) {
    state.answered.set(repeatKey(r, repeated ?? r.transactionCode, pan), response);
    state.authorizations.set(tid, {
      transactionIdentifier: tid,
      transactionSequenceNumber: r.transactionSequenceNumber,
      transactionCode: r.transactionCode,
      maskedPan: pan === undefined ? '' : maskPan(pan),
      requestedAmount: requested,
      approvedAmount: approved,
      totalAuthorizedAmount: approved,
      responseCode,
      approvalCode,
      retrievalReferenceNumber: rrn,
      localTransactionDate: now.date,
      localTransactionTime: now.time,
      returnedAci,
      incrementals: 0,
      reversed: false,
    });
  }
  return { response, note };
}

/** 5M answer: for each service asked for, a payer ID and reason code 00 (eligible) or 01. */
function answerEligibility(asked: string): string | undefined {
  let services: ReturnType<typeof parseHealthcareMemberData>;
  try {
    services = parseHealthcareMemberData(asked);
  } catch {
    return undefined;
  }
  let out = '';
  services.forEach((s, i) => {
    const code = s.serviceTypeCode ?? '';
    const items = `02${two(code.length)}${code}0308SIMPAYER04${two(2)}${INELIGIBLE_SERVICE_TYPES.has(code) ? '01' : '00'}`;
    out += two(i + 1) + two(items.length) + items;
  });
  return out.length <= 199 ? out : undefined;
}

/** G3v046 card type names as the host writes them. */
const CARD_TYPES: Readonly<Record<string, string>> = {
  visa: 'VISA',
  mastercard: 'MASTERCARD',
  amex: 'AMEX',
  discover: 'DISCOVER',
  jcb: 'JCB',
};

function responseGroupIII(
  r: AuthorizationRequest,
  brand: string | undefined,
  cvv: CvvOutcome | undefined,
  amounts: AdditionalAmount[] | undefined,
  memberData: string | undefined,
): GroupIIIRecord[] {
  const out: GroupIIIRecord[] = [];
  let amountsSent = false;
  for (const rec of r.groupIII) {
    const v = rec.version;
    if (v === '007') {
      out.push({
        version: v,
        fields: cvv && cvv.result !== '' ? { verificationCodeResultCode: cvv.result } : {},
      });
    } else if (v === '022') {
      if (amounts !== undefined && !amountsSent) {
        out.push({ version: v, fields: additionalAmountsToFields(amounts) });
        amountsSent = true;
      }
    } else if (v === '023') {
      const data = memberData ?? rec.fields?.memberDefinedData;
      out.push({
        version: v,
        fields: typeof data === 'string' && data !== '' ? { memberDefinedData: data } : {},
      });
    } else if (v === '001') {
      out.push({ version: v, fields: { commercialCardResponseIndicator: '0' } });
    } else if (v === '034') {
      // Visa card product code (Appendix B): `A ` Visa Traditional; other brands get none.
      out.push({ version: v, fields: brand === 'visa' ? { cardProductCode: 'A ' } : {} });
    } else if (v === '046') {
      const type = brand === undefined ? undefined : CARD_TYPES[brand];
      if (type !== undefined) out.push({ version: v, fields: { cardType: type } });
    } else {
      // Versions whose answer is the version number alone, or only optional fields, are echoed.
      const layout = groupIIIVersions.get(v)?.response[0];
      if (layout?.fields.every((f) => f.optional === true || f.const !== undefined)) {
        out.push(layout.fields.length === 0 ? { version: v } : { version: v, fields: {} });
      }
    }
  }
  if (amounts !== undefined && !amountsSent)
    out.push({ version: '022', fields: additionalAmountsToFields(amounts) });
  return out;
}
