/** Inputs of the PTechECommerce-style request builder (seed property names in camelCase). */
import type { AmountFormat } from '../request/types.js';

/** Seed `industry_type` (pitRetail 0, pitDirectMarketing 1, pitECommerce 2, pitRestaurant 3, pitHotel 4). */
export type IndustryType = 'retail' | 'directMarketing' | 'eCommerce' | 'restaurant' | 'hotel';

/** Seed `card_entry_data_source` enum, by name. */
export type EntryDataSource =
  | 'track1'
  | 'track2'
  | 'manualEntryTrack1Capable'
  | 'manualEntryTrack2Capable'
  | 'manualEntryNoCardReader'
  | 'track1Contactless'
  | 'track2Contactless'
  | 'manualEntryContactlessCapable'
  | 'ivr'
  | 'kiosk';

/** Seed `card_cvv_presence`. */
export type CvvPresence = 'notProvided' | 'provided' | 'illegible' | 'notOnCard';

export interface MerchantSetup {
  /** Seed `client_number`: up to 4 digits (zero-filled on the wire). */
  clientNumber: string;
  /** Seed `merchant_number`: 12 digits. */
  merchantNumber: string;
  /** Seed `terminal_number`: 3 digits. */
  terminalNumber: string;
  /** Default `A02000` (the only value seen in public code). */
  routingIndicator?: string;
  /** Default `explicit` (`12.00`). */
  amountFormat?: AmountFormat;
  /** Append the LRC byte after ETX (NetConnect message integrity check). */
  trailingLrc?: boolean;
  /** P1 token content, assigned by Paymentech at certification. Without it no P1 token is sent. */
  software?: { vendorId: string; softwareId: string; softwareData?: string };
  /** P2 token content as given by Paymentech (meaning not public). Without it no P2 token is sent. */
  p2Data?: string;
}

export interface CardInput {
  /** Seed `card_number` (spaces and dashes are removed). */
  number: string;
  /** Seed `card_exp_month`, 1-12. */
  expMonth: number;
  /** Seed `card_exp_year`, 0-99 or 2000-2099. */
  expYear: number;
  /** Seed `card_cvv_data`: 3 or 4 digits. */
  cvvData?: string;
  /** Seed `card_cvv_presence`; derived from `cvvData` when omitted. */
  cvvPresence?: CvvPresence;
  /** Default `manualEntryNoCardReader` (the class requires manual entry). */
  entryDataSource?: EntryDataSource;
  /** Seed `card_magnetic_stripe` (track 1 or 2 without sentinels). */
  magneticStripe?: string;
}

export interface Level2Input {
  /** Seed `level_2_purchase_id`, at most 17 characters. */
  purchaseId?: string;
  /** Seed `level_2_sales_tax`: `12.34` (at most 9 characters), `EXEMPT`, or `0.00`. */
  salesTax?: string;
  /** Seed `level_2_ship_to_zip`. */
  shipToZip?: string;
}

export interface ThreeDSecureInput {
  /** Seed `cavv`: 28 or 32 characters of base64. Visa → VA token, Mastercard → SC token. */
  cavv?: string;
  /** Seed `xid`: 40 plain characters or 28 base64 characters. */
  xid?: string;
  /** Seed config `UCAFCollectionIndicator` (0,1,2,3,5,6,7); default 2 with a Mastercard CAVV. */
  ucafCollectionIndicator?: string;
  /** Seed config `DirectoryServerTxnID`, 36 characters. */
  directoryServerTransactionId?: string;
  /** Seed config `ProgramProtocol`, 1-9 (EMV 3DS 2.1-2.9). */
  programProtocol?: string;
  /** Seed `tavv`, 28 base64 characters. */
  tavv?: string;
  /** Seed config `DigitalPaymentCryptogram`, 28 base64 characters. */
  digitalPaymentCryptogram?: string;
}

export interface MitInput {
  /** Seed config `MessageReasonCode` 3900-3904. */
  messageReasonCode?: string;
  /** Seed config `MITTransactionId`, 15 characters. */
  transactionId?: string;
  /** Seed config `POSEnvironmentCode`: Visa C/I/R, Discover R/A/P. */
  posEnvironmentCode?: string;
  /** Seed config `POSEntryModeCOF`: only `Y`. */
  posEntryModeCOF?: string;
  /** Seed config `RecurringSubmissionType`: F first, S subsequent. */
  recurringSubmissionType?: string;
}

export interface TransactionInput {
  /** Default `eCommerce` (seed default 2). */
  industryType?: IndustryType;
  card: CardInput;
  /** Seed `transaction_amount` in cents (`"12.00"` → 1200). */
  amount: number;
  /** Seed `sequence_number`, 0-2400. */
  sequenceNumber?: number;
  /** Seed `invoice_number`: at most 6 (retail), 9 (direct marketing, required), 16 (e-commerce). */
  invoiceNumber?: string;
  /** Seed `customer_address` (AVS street), at most 40 characters. */
  customerAddress?: string;
  /** Seed `customer_zip`, at most 9 characters. */
  customerZip?: string;
  /** Seed `eci`: ' ', '1'-'8' or '20'; default '7'. */
  eci?: string;
  /** Seed `goods_indicator` (e-commerce only). */
  goodsIndicator?: 'physical' | 'digital';
  /** Seed `pos_retrieval_number` (digits, at most 12) → RN token. */
  posRetrievalNumber?: string;
  /** Seed config `CustomerDefinedData`, at most 30 → CD token. */
  customerDefinedData?: string;
  /** P8 authorization type, 2 characters (values not public). */
  authorizationType?: string;
  /** Seed `duplicate_checking` 0-3. */
  duplicateChecking?: 0 | 1 | 2 | 3;
  level2?: Level2Input;
  threeDSecure?: ThreeDSecureInput;
  mit?: MitInput;
  /** Seed config `AllowPartialAuths`. */
  allowPartialAuths?: boolean;
  /** Seed config `RequestBalanceInfo`. */
  requestBalanceInfo?: boolean;
  /** Seed config `RequestTransactionId`. */
  requestTransactionId?: boolean;
  /** Seed configs `SplitShipmentSequenceNumber` / `SplitShipmentTotalNumber`. */
  splitShipment?: { sequence: number; total: number };
  /** Seed `pinless_debit`. */
  pinlessDebit?: boolean;
  /** Tokens the caller knows from the Paymentech spec (ids this package does not define). */
  additionalTokens?: readonly { id: string; data: string }[];
  /** Clock for the expiry check (default now). */
  now?: Date;
}

export interface VoidInput {
  /** Seed `card_number`: the card of the original transaction. */
  cardNumber: string;
  /** Seed `retrieval_number_to_void`. */
  retrievalNumberToVoid: string;
  /** Seed `last_retrieval_number`; defaults to the number being voided. */
  lastRetrievalNumber?: string;
  sequenceNumber?: number;
  customerDefinedData?: string;
}
