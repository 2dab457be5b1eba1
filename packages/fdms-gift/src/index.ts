// @paywire/fdms-gift: FDMS Closed Loop Gift (ValueLink "SVdot") payloads. Pure: no I/O, no Node APIs.

export {
  type ActivateCardOptions,
  type AssignWorkingKeyOptions,
  activateCard,
  assignMerchantWorkingKey,
  balanceInquiry,
  type CloseAccountOptions,
  closeAccount,
  freezeCard,
  type GiftCard,
  type GiftMerchant,
  type GiftTransactionOptions,
  type HistoryOptions,
  type LoadCardOptions,
  type LockCardOptions,
  loadCard,
  lockCard,
  provisionCard,
  type RedeemCardOptions,
  redeemCard,
  removeProvisioning,
  reverseLastTransaction,
  transactionHistory,
  unfreezeCard,
  type VoidTransactionOptions,
  voidTransaction,
} from './build/gift-card.js';
export {
  CURRENCIES,
  type CurrencyRule,
  checkAlternateMerchantId,
  checkAmount,
  checkClerkId,
  checkMerchantNumber,
  checkReferenceNumber,
  checkTerminalId,
  checkTransactionNumber,
  checkWireDate,
  currencyNumeric,
  maxAmount,
  WIRE_AMOUNT_DIGITS,
  wireDate,
  wireDateTime,
} from './build/limits.js';
export {
  type BuildRequestInput,
  buildRequest,
  buildTimeoutReversal,
  reversalRequired,
  validateRequest,
} from './build/request-builder.js';
export {
  HISTORY_REQUEST_BUCKETS,
  type Operation,
  REQUEST_CODES,
  RESPONSE_INDICATOR,
  type RequestCode,
  type RequestCodeDef,
  requestCodeDef,
  requestCodeName,
} from './codes/request-codes.js';
export { RESPONSE_CODES, type ResponseCodeInfo, responseCodeInfo } from './codes/response-codes.js';
export { SOURCE_CODES } from './codes/source-codes.js';
export { reviseKey, withOddParity } from './crypto/des-key.js';
export { decryptEan, EAN_LENGTH, eanBlock, encryptEan } from './crypto/ean.js';
export type { GiftCrypto } from './crypto/types.js';
export {
  createWorkingKey,
  deriveKek,
  keyCheckValue,
  openWorkingKey,
  sealWorkingKey,
  type WorkingKey,
} from './crypto/working-key.js';
export { FAMILY, GiftErrorCode } from './errors.js';
export { FIELDS, type FieldName, fieldById, fieldByName } from './fields/dictionary.js';
export type { FieldDef, FieldType } from './fields/types.js';
export { decodeHistory, encodeHistory, type HistoryRecord, type TransactionHistory } from './history/fdcd.js';
export { HISTORY_FORMATS, type HistoryItem, recordLength } from './history/formats.js';
export { fdmsGiftRequestKind, fdmsGiftResponseKind, kinds } from './kinds.js';
export { redactFields, redactRequest, redactResponse } from './payload/redact.js';
export { decodeRequest, encodeRequest, MESSAGE_IDENTIFIER, traceRequest } from './payload/request.js';
export { decodeResponse, encodeResponse, traceResponse } from './payload/response.js';
export type {
  SvdotFields,
  SvdotFieldsInput,
  SvdotRequest,
  SvdotRequestInput,
  SvdotResponse,
  SvdotResponseInput,
} from './payload/types.js';
export { expirationOf, type GiftResponse, readResponse, redactGiftResponse } from './read/gift-response.js';
