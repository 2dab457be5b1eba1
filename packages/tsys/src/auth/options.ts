// TSYSHealthCare config settings and properties that change the packet, as typed request options.
// Each option names the Group I field or Group III version it lands in (EIS 1080 v17.6 §5.2).

import { ErrorCode } from '@paywire/core';
import { tsysError } from './errors.js';
import {
  type AdditionalAmount,
  additionalAmountsToFields,
  type GroupIIIRecord,
  type PosDataCode,
  posDataCodeFromString,
} from './group-3/index.js';
import type { GroupIRequest, ReversalAndCancelDataI } from './request.js';

/** The twelve POS data code sub-fields under the SDK's POSDataCode names (§6.151, G3v027). */
export interface PosDataCodeSettings {
  /** 1 CardInputCap — terminal card data input capability. */
  cardInputCap?: string;
  /** 2 CardholderAuthCap — terminal cardholder authentication capability. */
  cardholderAuthCap?: string;
  /** 3 CardCaptureCap — terminal card capture capability. */
  cardCaptureCap?: string;
  /** 4 TerminalOpEnv — terminal operating environment. */
  terminalOpEnv?: string;
  /** 5 CardholderPresent — cardholder present data. */
  cardholderPresent?: string;
  /** 6 CardPresent — card present data. */
  cardPresent?: string;
  /** 7 CardInputMode — card data input mode (`7` for credentials on file / MIT). */
  cardInputMode?: string;
  /** 8 CardholderAuthMethod. */
  cardholderAuthMethod?: string;
  /** 9 CardholderAuthEntity. */
  cardholderAuthEntity?: string;
  /** 10 CardOutputCap. */
  cardOutputCap?: string;
  /** 11 TerminalOutputCap. */
  terminalOutputCap?: string;
  /** 12 PINCaptureCap. */
  pinCaptureCap?: string;
}

/** SDK sub-field names in wire order. */
export const posDataCodeSettingNames = [
  'cardInputCap',
  'cardholderAuthCap',
  'cardCaptureCap',
  'terminalOpEnv',
  'cardholderPresent',
  'cardPresent',
  'cardInputMode',
  'cardholderAuthMethod',
  'cardholderAuthEntity',
  'cardOutputCap',
  'terminalOutputCap',
  'pinCaptureCap',
] as const satisfies readonly (keyof PosDataCodeSettings)[];

/**
 * The SDK's stated defaults (0 9 9 9 _ _ 0 9 9 0 0 1). Sub-fields 5 and 6 have no stated default:
 * `0` (cardholder present) and `1` (card present) here; the builder derives them from the entry mode.
 */
export const POS_DATA_CODE_DEFAULTS = '099901099001';

/** Original authorization data repeated in an incremental authorization (the Incremental* settings). */
export interface IncrementalAuthorization {
  /** IncrementalApprovalCode: approval code of the original. */
  approvalCode: string;
  /** IncrementalRetrievalNumber: retrieval reference number of the original. */
  retrievalNumber: string;
  /** IncrementalTransDate: local transaction date of the original (MMDDYY). */
  transactionDate: string;
  /** IncrementalTransId: transaction identifier of the original. */
  transactionId: string;
  /** IncrementalTransTime: local transaction time of the original (HHMMSS). */
  transactionTime: string;
}

/** Card verification value (card_cvv_data / card_cvv_presence → G3v007). */
export interface CvvOption {
  /** `0` not provided, `1` present, `2` illegible, `9` not on the card. Default `1` when a value is given. */
  presence?: '0' | '1' | '2' | '9';
  /** 3 or 4 digits. */
  value?: string;
  /** Ask for the result code (default true). */
  wantResult?: boolean;
}

export interface AuthorizationOptions {
  /** AuthorizationIndicator (Mastercard): `P` pre, `F` final, `U` undefined → G3v067. */
  authorizationIndicator?: 'P' | 'F' | 'U';
  /** CanadaDomesticIndicator: `true` sends `Y` → G3v075. */
  canadaDomesticIndicator?: boolean;
  /** CumulativeAmount (Visa, Discover incrementals), minor units → G3v022 amount type 43. */
  cumulativeAmount?: number;
  /** ECI: undefined/'' = not sent, ' ' = not mail/telephone order, 1-8, A, R, T → G3v014. */
  eci?: string;
  /** GatewayID (10) → G3v020 gateway ID. Needs `developerId` and `applicationId`. */
  gatewayId?: string;
  /** TSYS-assigned developer ID (6) → G3v020. */
  developerId?: string;
  /** TSYS-assigned application (version) ID (4) → G3v020. */
  applicationId?: string;
  /** GenKey (24 hex) → G3v049. */
  genKey?: string;
  /** HealthCareMemberData (≤199, sub-element TLV) → G3v023. */
  healthCareMemberData?: string;
  /** Incremental* settings: ACI `I`, original transaction id and reversal and cancel data I. */
  incremental?: IncrementalAuthorization;
  /** IsMerchantInitiatedTransaction + MITTransactionId → Group I reversal/incremental/MIT transaction id. */
  merchantInitiatedTransactionId?: string;
  /** IsPurchaseReturnAuthorization → transaction code `CR`. */
  purchaseReturnAuthorization?: boolean;
  /** MastercardWalletId (3) → G3v064. */
  mastercardWalletId?: string;
  /** MessageReasonCode (Visa MIT / deferred: 3900-3904, 5206) → G3v056. */
  messageReasonCode?: string;
  /** POSDataCode: 12 characters or the named sub-fields (unset ones take the defaults) → G3v027. */
  posDataCode?: string | PosDataCodeSettings;
  /** POSEnvironmentIndicator (Visa): `C` card on file, `I` installment, `R` recurring → G3v071. */
  posEnvironmentIndicator?: 'C' | 'I' | 'R';
  /** partial_authorization: the POS accepts a partial approval → G3v026 indicator `A`. */
  partialAuthorization?: boolean;
  /** visa_mvv (≤10 hex) → G3v021. */
  visaMvv?: string;
  /** substantiated (Mastercard IIAS): 0, 1 or 2 → G3v037. */
  substantiated?: '0' | '1' | '2';
  /** card_cvv_data / card_cvv_presence → G3v007. */
  cvv?: CvvOption;
  /** Additional amounts to send in G3v022 (healthcare amounts go here; see healthcare.ts). */
  additionalAmounts?: readonly AdditionalAmount[];
  /** Ask for additional amounts (balances) in the response: a bare `022` when none are sent. */
  requestAdditionalAmounts?: boolean;
  /** Currency of G3v022 amounts (default 840). */
  currencyCode?: string;
}

export interface AppliedOptions {
  /** Group I fields the options set. */
  groupI: Partial<GroupIRequest>;
  /** Group III records, ascending by version. */
  groupIII: GroupIIIRecord[];
}

const ECI_VALUES = new Set([' ', '1', '2', '3', '4', '5', '6', '7', '8', 'A', 'R', 'T']);

function bad(field: string, message: string, code: number = ErrorCode.OUT_OF_RANGE): never {
  throw tsysError(code, message, { field: `options.${field}` });
}

/** POS data code text from a string or the named settings, with the SDK defaults for unset sub-fields. */
export function posDataCodeText(
  value: string | PosDataCodeSettings,
  defaults = POS_DATA_CODE_DEFAULTS,
): string {
  if (typeof value === 'string') {
    if (value.length !== 12) bad('posDataCode', 'must be 12 characters', ErrorCode.INVALID_LENGTH);
    return value;
  }
  let out = '';
  posDataCodeSettingNames.forEach((name, i) => {
    const v = value[name];
    if (v !== undefined && v.length !== 1)
      bad(`posDataCode.${name}`, 'must be one character', ErrorCode.INVALID_LENGTH);
    out += v ?? defaults.charAt(i);
  });
  return out;
}

/** Turns options into Group I fields and Group III records. Throws a `tsys` error naming the option. */
export function applyAuthorizationOptions(options: AuthorizationOptions): AppliedOptions {
  const groupI: Partial<GroupIRequest> = {};
  const g3 = new Map<string, GroupIIIRecord>();
  const add = (version: string, fields?: Record<string, unknown>) =>
    g3.set(version, fields === undefined ? { version } : { version, fields });

  if (options.cvv !== undefined) {
    const c = options.cvv;
    const presence = c.presence ?? (c.value ? '1' : '0');
    if (presence === '1' && !/^\d{3,4}$/.test(c.value ?? ''))
      bad('cvv.value', 'must be 3 or 4 digits', ErrorCode.INVALID_FORMAT);
    add('007', {
      presenceIndicator: presence,
      responseType: presence === '1' && c.wantResult !== false ? '1' : '0',
      ...(presence === '1' ? { verificationCode: c.value } : {}),
    });
  }
  if (options.eci !== undefined && options.eci !== '') {
    if (!ECI_VALUES.has(options.eci))
      bad('eci', `"${options.eci}" is not a MOTO/e-commerce indicator (space, 1-8, A, R, T)`);
    add('014', { motoEcommerceIndicator: options.eci });
  }
  if (
    options.developerId !== undefined ||
    options.applicationId !== undefined ||
    options.gatewayId !== undefined
  ) {
    if (options.developerId === undefined || options.applicationId === undefined) {
      bad(
        'developerId',
        'G3v020 needs developerId and applicationId (TSYS assigned)',
        ErrorCode.MISSING_VALUE,
      );
    }
    add('020', {
      developerId: options.developerId,
      applicationId: options.applicationId,
      ...(options.gatewayId ? { gatewayId: options.gatewayId } : {}),
    });
  }
  if (options.visaMvv !== undefined) {
    if (!/^[0-9A-F]{1,10}$/.test(options.visaMvv))
      bad('visaMvv', 'must be 1-10 hex digits 0-9A-F', ErrorCode.INVALID_FORMAT);
    add('021', { merchantVerificationValue: options.visaMvv.padStart(10, '0') });
  }
  const amounts: AdditionalAmount[] = [...(options.additionalAmounts ?? [])];
  if (options.cumulativeAmount !== undefined) {
    amounts.push({
      accountType: '00',
      amountType: '43',
      currencyCode: options.currencyCode ?? '840',
      sign: 'C',
      amount: options.cumulativeAmount,
    });
  }
  if (amounts.length > 0) add('022', additionalAmountsToFields(amounts));
  else if (options.requestAdditionalAmounts) add('022');
  if (options.healthCareMemberData !== undefined) {
    if (options.healthCareMemberData.length > 199)
      bad('healthCareMemberData', 'at most 199 characters', ErrorCode.INVALID_LENGTH);
    add('023', { memberDefinedData: options.healthCareMemberData });
  }
  if (options.partialAuthorization) add('026', { partialAuthorizationIndicator: 'A' });
  if (options.posDataCode !== undefined) {
    const text = posDataCodeText(options.posDataCode);
    add('027', { posDataCode: posDataCodeFromString(text) as PosDataCode });
  }
  if (options.substantiated !== undefined)
    add('037', { realTimeSubstantiationIndicator: options.substantiated });
  if (options.genKey !== undefined) {
    if (!/^[0-9A-F]{24}$/i.test(options.genKey))
      bad('genKey', 'must be 24 hex characters', ErrorCode.INVALID_FORMAT);
    add('049', { genKey: options.genKey });
  }
  if (options.messageReasonCode !== undefined) {
    if (!/^\d{4}$/.test(options.messageReasonCode))
      bad('messageReasonCode', 'must be 4 digits', ErrorCode.INVALID_FORMAT);
    add('056', { messageReasonCode: options.messageReasonCode });
  }
  if (options.mastercardWalletId !== undefined) {
    if (!/^[0-9A-Za-z]{3}$/.test(options.mastercardWalletId))
      bad('mastercardWalletId', 'must be 3 characters', ErrorCode.INVALID_LENGTH);
    add('064', { mastercardWalletIdentifier: options.mastercardWalletId });
  }
  if (options.authorizationIndicator !== undefined)
    add('067', { authorizationIndicator: options.authorizationIndicator });
  if (options.posEnvironmentIndicator !== undefined)
    add('071', { posEnvironmentIndicator: options.posEnvironmentIndicator });
  if (options.canadaDomesticIndicator) add('075', { canadaDomesticIndicator: 'Y' });

  if (options.incremental !== undefined && options.merchantInitiatedTransactionId !== undefined) {
    bad(
      'merchantInitiatedTransactionId',
      'an authorization is either incremental or merchant initiated, not both',
      ErrorCode.INVALID_DATA,
    );
  }
  if (options.incremental !== undefined) {
    const inc = options.incremental;
    groupI.requestedAci = 'I';
    groupI.originalTransactionId = inc.transactionId;
    const rcd: ReversalAndCancelDataI = {
      approvalCode: inc.approvalCode,
      localTransactionDate: inc.transactionDate,
      localTransactionTime: inc.transactionTime,
      retrievalReferenceNumber: inc.retrievalNumber,
    };
    groupI.reversalAndCancelDataI = rcd;
  }
  if (options.merchantInitiatedTransactionId !== undefined) {
    if (options.merchantInitiatedTransactionId.length > 15)
      bad('merchantInitiatedTransactionId', 'at most 15 characters', ErrorCode.INVALID_LENGTH);
    groupI.originalTransactionId = options.merchantInitiatedTransactionId;
  }
  if (options.purchaseReturnAuthorization) groupI.transactionCode = 'CR';

  const groupIII = [...g3.keys()].sort().map((k) => g3.get(k)!);
  return { groupI, groupIII };
}
