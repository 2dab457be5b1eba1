export {
  BATCH_DOWNLOAD_URL,
  BATCH_RESULT_COLUMNS,
  BATCH_SUBMIT_URL,
  type BatchResultRow,
  batchDownloadForm,
  batchFileName,
  batchResultFileName,
  batchRow,
  batchUploadFields,
  decodeBatchFile,
  decodeBatchResult,
  encodeBatchFile,
  encodeBatchResult,
} from './batch/batch.js';
export { csvCell, readCsv, readCsvRecords, writeCsv } from './batch/csv.js';
export {
  type DecodedRequest,
  type DecodedTclinkRequest,
  decodeHttpsRequest,
  decodeRequest,
  decodeResponse,
  decodeResponsePairs,
  decodeTclinkRequest,
  type EncodeRequestOptions,
  encodeHttpsRequest,
  encodeHttpsResponse,
  encodeRequest,
  encodeResponse,
  encodeTclinkRequest,
  encodeTclinkResponse,
  type TclinkMeta,
} from './codec.js';
export {
  BAD_DATA_CODE,
  type BadDataError,
  FAMILY,
  TrustCommerceError,
  type TrustCommerceErrorJSON,
} from './errors.js';
export { kinds, trustcommerceRequestKind, trustcommerceResponseKind } from './kinds.js';
export { ACTION_MEANINGS, ACTIONS, type Action, isAction } from './params/actions.js';
export { ITEM_PARAM_BY_NAME, lookupParam, PARAM_BY_NAME, PARAMS } from './params/appendix-e.js';
export { AVS_RESULT, type AvsResult } from './params/codes/avs.js';
export { BAD_DATA_ERROR } from './params/codes/bad-data-error.js';
export { BLACKLIST_FIELD, type BlacklistField } from './params/codes/blacklist-field.js';
export { COMMERCIAL_CARD, type CommercialCard } from './params/codes/commercial-card.js';
export { CVV_RESULT } from './params/codes/cvv-result.js';
export { DECLINE_TYPE, type DeclineType } from './params/codes/decline-type.js';
export { ERROR_TYPE, type ErrorType } from './params/codes/error-type.js';
export { STATUS, type Status } from './params/codes/status.js';
export {
  describeVelocityType,
  parseVelocityType,
  VELOCITY_MEASURE,
  VELOCITY_PERIOD,
  VELOCITY_SCOPE,
  VELOCITY_TYPES,
  type VelocityType,
} from './params/codes/velocity-type.js';
export { CURRENCIES, type CurrencyCode } from './params/currencies.js';
export type { ParamSpec, ParamType } from './params/spec.js';
export {
  buildVaultQuery,
  decodeVaultQueryResult,
  encodeVaultQueryResult,
  formatQueryDate,
  parseVaultQuery,
  QUERY_TYPES,
  type QueryType,
  VAULT_QUERY_URL,
  type VaultQuery,
  type VaultQueryResult,
  vaultQueryUrl,
} from './query/vault-query.js';
export { maskParam, redactDocument, redactRequest, redactResponse } from './redact.js';
export { buildRequest, parseRequest } from './request/build.js';
export type * from './request/types.js';
export {
  assertValidParams,
  type ValidateOptions,
  type ValidationProblem,
  type ValidationResult,
  validateParams,
  validateRequest,
} from './request/validate.js';
export { buildResponse, isSuccess, parseResponse } from './response/parse.js';
export { RETURNS, type ReturnSpec } from './response/table.js';
export type { Open, TcResponse } from './response/types.js';
export {
  TEST_OTHER_CARD_AVS,
  type TestCard,
  testAch,
  testCardOutcome,
  testCards,
  testCredentials,
} from './test-data.js';
export {
  decodeRequestDocument,
  decodeResponseDocument,
  detectForm,
  encodeRequestDocument,
  encodeResponseDocument,
  type NvpDocument,
  type NvpField,
  type NvpLayout,
  type WireForm,
} from './wire/document.js';
export { decodeForm, decodeFormString, encodeForm, encodeFormString, type FormDecoded } from './wire/form.js';
export { MAX_DOCUMENT_BYTES, TCLINK_MAX_LINE_BYTES, TCLINK_MAX_REQUEST_BYTES } from './wire/limits.js';
export {
  DEFAULT_TCLINK_VERSION,
  decodeLines,
  encodeLines,
  type LinesDecodeOptions,
  type LinesEncodeOptions,
} from './wire/lines.js';
export { getParam, type NvpInput, type NvpPair, pairsToObject } from './wire/pairs.js';
export { utf8Decode, utf8Encode } from './wire/utf8.js';
