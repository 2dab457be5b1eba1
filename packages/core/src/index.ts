export {
  checkAmountRange,
  formatExplicitDecimal,
  formatImpliedDecimal,
  parseExplicitDecimal,
  parseImpliedDecimal,
} from './amount.js';
export {
  ACK,
  bytesToLatin1,
  controlName,
  ENQ,
  EOT,
  ETB,
  ETX,
  FS,
  fromBase64,
  fromEscaped,
  fromHex,
  GS,
  hexDump,
  isDigitText,
  latin1ToBytes,
  NAK,
  NUL,
  RS,
  STX,
  toBase64,
  toEscaped,
  toHex,
  US,
} from './ascii.js';
export { allocBytes, asciiSlice, ByteReader, ByteWriter, copyBytes } from './bytes.js';
export { type CardBrand, cardBrand, cardBrandLengths } from './card/brand.js';
export {
  checkExpiry,
  type Expiry,
  type ExpiryLayout,
  formatExpiry,
  isExpired,
  parseExpiry,
  swapExpiryLayout,
} from './card/expiry.js';
export { luhnCheck, luhnCheckDigit } from './card/luhn.js';
export {
  parseTrack1,
  parseTrack2,
  stripSentinels,
  type Track1,
  type Track2,
  trackKind,
} from './card/track.js';
export { withProperties } from './copy.js';
export {
  ErrorCode,
  type ErrorCodeNumber,
  type ErrorName,
  errorNameOf,
  fieldError,
  isPaywireError,
  PaywireError,
  type PaywireErrorJSON,
  type PaywireErrorOptions,
  registerErrorCodes,
} from './errors.js';
export {
  type CompileOptions,
  compileRecord,
  type DecodeOptions,
  formatTrace,
  type RecordCodec,
  redactRecord,
} from './field/record.js';
export type { FieldFormat, FieldSpec, Padding, RecordValues, TraceEntry } from './field/spec.js';
export {
  type FrameOptions,
  frame,
  frameSequence,
  type Unframed,
  type UnframeOptions,
  unframe,
  unframeSequence,
} from './framing.js';
export { defineKind, type MessageKind } from './kind.js';
export { lrc, verifyLrc } from './lrc.js';
export {
  mask,
  maskAccount,
  maskAll,
  maskPan,
  maskPansInText,
  maskTrack,
  type SensitiveKind,
} from './mask.js';
export {
  applyEvenParity,
  checkEvenParity,
  evenParityByte,
  findParityError,
  hasEvenParity,
  stripParity,
} from './parity.js';
export { utf8Decode, utf8Encode, utf8Length, utf8Write } from './utf8.js';
