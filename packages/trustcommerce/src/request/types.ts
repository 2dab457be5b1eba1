/** Typed requests, one per action of guide 2.5. Wire names are in `params/appendix-e.ts`. */

import type { CurrencyCode } from '../params/currencies.js';

export interface CommonParams {
  /** `custid` */
  custId: string;
  /** `password` (masked everywhere) */
  password: string;
  /** `demo=y`: test transaction */
  demo?: boolean;
  ticket?: string;
  operator?: string;
  /** Parameters this package does not know, sent as given after the known ones. */
  extra?: Readonly<Record<string, string>>;
}

/** Billing name and address (§VI). */
export interface CardholderParams {
  name?: string;
  address1?: string;
  address2?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  phone?: string;
  email?: string;
  ip?: string;
}

/** Account source of a preauth or sale: card, track, billing ID or ACH (§VI, §VIII, §IX, §XI). */
export interface AccountParams {
  media?: 'cc' | 'ach';
  cc?: string;
  /** MMYY */
  exp?: string;
  cvv?: string;
  checkCvv?: boolean;
  track1?: string;
  track2?: string;
  routing?: string;
  account?: string;
  billingId?: string;
}

/** Ship-to (§XVIII). */
export interface ShipToParams {
  shipToSame?: boolean;
  shipToName?: string;
  shipToAddress1?: string;
  shipToAddress2?: string;
  shipToCity?: string;
  shipToState?: string;
  shipToZip?: string;
  shipToCountry?: string;
}

/** One order line of automated fulfillment (§XVIII, `productcodeX` ...). */
export interface FulfillmentItem {
  productCode: string;
  quantity: number;
  /** Cents, for all units of this line. */
  price: number;
  tax?: number;
  shippingHandling?: number;
}

/** Order header and lines (§XVIII). `numItems` defaults to `items.length`. */
export interface FulfillmentParams {
  shippingCode?: string;
  shippingHandling?: number;
  numItems?: number;
  items?: readonly FulfillmentItem[];
}

/** CrediGuard scoring (§XIV). */
export interface CrediGuardParams {
  /** 0-100 */
  threshold?: number;
  /** Appendix E's name for the same setting. */
  fraudThreshold?: number;
}

/** Purchase Level II (§XVII). */
export interface PurchaseLevel2Params {
  purchaseLevel?: '2';
  purchaseOrderNum?: string;
  /** Cents */
  tax?: number;
}

export interface AuthParams
  extends CommonParams,
    CardholderParams,
    AccountParams,
    ShipToParams,
    FulfillmentParams,
    CrediGuardParams,
    PurchaseLevel2Params {
  /** Cents */
  amount: number;
  currency?: CurrencyCode;
  avs?: boolean;
}

export interface PreauthRequest extends AuthParams {
  action: 'preauth';
}

export interface SaleRequest extends AuthParams {
  action: 'sale';
  /** Six digits from a phone authorization (sale only). */
  offlineAuthCode?: string;
}

export interface PostauthRequest extends CommonParams {
  action: 'postauth';
  transId: string;
  amount?: number;
}

export interface CreditRequest extends CommonParams {
  action: 'credit';
  transId: string;
  amount?: number;
}

export interface ChargebackRequest extends CommonParams {
  action: 'chargeback';
  transId: string;
}

/** Recurring billing (§XII). */
export interface RecurringParams {
  /** `3d`, `2m`, ... (1-99 and d/w/m/y) */
  cycle?: string;
  /** YYYY-MM-DD or an offset like `1w` */
  start?: string;
  payments?: number;
  authNow?: boolean;
  lastPaymentUnstore?: boolean;
}

/** TC Wallet (§XIII). */
export interface WalletParams {
  wallet?: boolean;
  walletSize?: number;
  walletExposure?: number;
}

type StoreFields = CardholderParams &
  Omit<AccountParams, 'track1' | 'track2' | 'cvv' | 'checkCvv'> &
  ShipToParams &
  RecurringParams &
  WalletParams & {
    /** Per-charge amount of a recurring billing ID (cents). */
    amount?: number;
    currency?: CurrencyCode;
    avs?: boolean;
    /** Run a $1.00 preauth to check the card. */
    verify?: boolean;
  };

/**
 * Store (§XI): creates a billing ID, or updates `billingId` when given. On an update, `null`
 * erases a field (sent as the string `null`).
 */
export type StoreRequest = CommonParams & { action: 'store' } & {
  [K in keyof StoreFields]?: StoreFields[K] | (K extends 'billingId' ? never : null);
};

export interface UnstoreRequest extends CommonParams {
  action: 'unstore';
  billingId: string;
}

export interface WalletsaleRequest
  extends CommonParams,
    CardholderParams,
    ShipToParams,
    FulfillmentParams,
    CrediGuardParams {
  action: 'walletsale';
  billingId: string;
  amount: number;
  currency?: CurrencyCode;
  avs?: boolean;
}

export type TcRequest =
  | PreauthRequest
  | SaleRequest
  | PostauthRequest
  | CreditRequest
  | ChargebackRequest
  | StoreRequest
  | UnstoreRequest
  | WalletsaleRequest;
