// @paywire/fdms-gift-client: FDMS Closed Loop Gift (SVdot) over Datawire Secure Transport.

export { createGiftClient, type GiftClient } from './client.js';
export {
  GiftClientError,
  GiftClientErrorCode,
  type GiftClientErrorJSON,
  type GiftClientErrorOptions,
  type GiftOutcome,
  isGiftClientError,
} from './errors.js';
export { maskedRequestText, maskedResponseText, maskedSvdotRequest } from './masking.js';
export type {
  ActivateInput,
  CallOptions,
  CardInput,
  CloseInput,
  GiftClientEvent,
  GiftClientHooks,
  GiftClientOptions,
  GiftClientTimeouts,
  GiftPacket,
  GiftResult,
  HistoryInput,
  LoadInput,
  LockInput,
  RedeemInput,
  RefundInput,
  RegistrationOptions,
  RegistrationResult,
  ReversalReport,
  ReversalStatus,
  ServiceProviderRank,
  VoidInput,
  WorkingKeyInput,
} from './types.js';
