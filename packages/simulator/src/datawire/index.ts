/** The Datawire host with the FDMS Closed Loop Gift (service 104) ledger. */

export { type GiftOutcome, GiftService, type GiftServiceOptions } from './gift-service.js';
export {
  type DatawireHost,
  type DatawireHostOptions,
  type DatawireMerchantState,
  startDatawireHost,
} from './host.js';
export {
  type GiftCardState,
  GiftLedger,
  type GiftLock,
  type LedgerEffect,
  type LedgerTransaction,
  type LedgerTransactionState,
} from './ledger.js';
export {
  DATAWIRE_NEW_MERCHANT,
  DATAWIRE_TEST_CARDS,
  DATAWIRE_TEST_KEY_EXCHANGE,
  DATAWIRE_TEST_MERCHANT,
  DATAWIRE_TEST_WORKING_KEY,
  DATAWIRE_UNKNOWN_CARD,
  type DatawireMerchant,
  type GiftCardSetup,
  type GiftCardStatus,
  VIRTUAL_CARD_PREFIX,
} from './test-data.js';
