// EIS 1081 Table 3.6 ODG41 — Detail Extension: group length (4) + tag(3)/size(2)/value items (§4.137 Table 4.30).

/** Tags of Table 4.30: maximum value size and format. */
export const detailExtensionTags = {
  OAI: { max: 1, format: 'alphanumeric', title: 'Optional Amount Identifier' },
  OA: { max: 12, format: 'numeric', title: 'Optional Amount' },
  PON: { max: 25, format: 'alphanumeric', title: 'Purchase Order Number' },
  PTI: { max: 3, format: 'numeric', title: 'Payment Transaction Indicator' },
  IIA: { max: 1, format: 'alphanumeric', title: 'MC IIAS Indicator' },
  SID: { max: 20, format: 'alphanumeric', title: 'Merchant Seller ID' },
  CDV: { max: 82, format: 'alphanumeric', title: 'Custom Identifier Detail' },
  ATS: { max: 10, format: 'numeric', title: 'Association Timestamp' },
  TTT: { max: 2, format: 'numeric', title: 'Transit Transaction Type Indicator' },
  TMI: { max: 2, format: 'numeric', title: 'Transportation Mode Indicator' },
  TFA: { max: 9, format: 'alphanumeric', title: 'Transaction Fee Amount with Indicator' },
  MDO: { max: 1, format: 'alphanumeric', title: 'Domain Server' },
  MDE: { max: 2, format: 'alphanumeric', title: 'Mobile Device Type' },
  DTC: { max: 1, format: 'alphanumeric', title: 'Invoice Level Discount Treatment Code' },
  TTC: { max: 1, format: 'alphanumeric', title: 'Tax Treatment Code' },
  SQI: { max: 1, format: 'alphanumeric', title: 'Spend Qualified Indicator' },
  TAL: { max: 2, format: 'alphanumeric', title: 'Token Assurance Level' },
  TRI: { max: 11, format: 'alphanumeric', title: 'Token Requestor ID' },
  ARS: { max: 1, format: 'alphanumeric', title: 'Account Range Status' },
  WID: { max: 3, format: 'alphanumeric', title: 'MasterCard Wallet Identifier' },
  ISO: { max: 11, format: 'numeric', title: 'ISO ID' },
  PFI: { max: 11, format: 'numeric', title: 'Payment Facilitator ID' },
  SMI: { max: 15, format: 'alphanumeric', title: 'Sub-Merchant ID' },
  DEI: { max: 5, format: 'alphanumeric', title: 'Digital Entity Identifier' },
  MCI: { max: 1, format: 'alphanumeric', title: 'Multi-Clearing Indicator' },
} as const;

export type DetailExtensionTag = keyof typeof detailExtensionTags;

export interface DetailExtensionItem {
  /** Tag from Table 4.30 (e.g. `IIA`, `WID`, `OA`). */
  tag: string;
  value: string;
}

export interface DetailDetailExtension {
  items: DetailExtensionItem[];
}

export const DETAIL_EXTENSION_GROUP = 41;
