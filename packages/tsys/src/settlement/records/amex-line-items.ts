// EIS 1081 §3.2.13-§3.2.16 Tables 3.13-3.16 — American Express transaction advice line items (`A@@@@` + 3-char line item type).
import type { FieldSpec } from '@paywire/core';
import { an, int, num } from '../fields.js';
import { baseRecord } from './record-def.js';

const lineItemType = (code: string): FieldSpec => ({
  name: 'lineItemType',
  const: code,
  label: 'Line Item Type',
  spec: 'EIS 1081 §4.169',
});

export interface AmexTadLineItemRecord {
  type: 'amex-tad-line-item';
  /** Table 4.8 three-digit code. */
  additionalAmountType: string;
  additionalAmount: number;
  /** Sign of the additional amount. */
  additionalAmountSign?: string;
}
export const amexTadLineItemRecord = baseRecord<AmexTadLineItemRecord>(
  'amex-tad-line-item',
  'A',
  'Amex Transaction Advice Detail Line Item (TAD)',
  [
    lineItemType('TAD'),
    num('additionalAmountType', 3, 'Additional Amount Type', '4.20'),
    int('additionalAmount', 12, 'Additional Amount', '4.18'),
    an('additionalAmountSign', 1, 'Additional Amount Sign', '4.19'),
  ],
);

export interface AmexRetailLineItemRecord {
  type: 'amex-retail-line-item';
  retailItemDescription?: string;
  retailItemQuantity?: number;
  retailItemAmount?: number;
}
export const amexRetailLineItemRecord = baseRecord<AmexRetailLineItemRecord>(
  'amex-retail-line-item',
  'A',
  'Amex Retail Transaction Advice Addenda Line Item (RET)',
  [
    lineItemType('RET'),
    an('retailItemDescription', 19, 'Retail Item Description', '4.244'),
    int('retailItemQuantity', 3, 'Retail Item Quantity', '4.245'),
    int('retailItemAmount', 12, 'Retail Item Amount', '4.243'),
  ],
);

export interface AmexLodgingLineItemRecord {
  type: 'amex-lodging-line-item';
  lodgingRoomRate?: number;
  lodgingNumberOfNights?: number;
}
export const amexLodgingLineItemRecord = baseRecord<AmexLodgingLineItemRecord>(
  'amex-lodging-line-item',
  'A',
  'Amex Lodging Transaction Advice Addenda Line Item (LOD)',
  [
    lineItemType('LOD'),
    int('lodgingRoomRate', 12, 'Lodging Room Rate', '4.177'),
    int('lodgingNumberOfNights', 2, 'Lodging Number of Nights', '4.175'),
  ],
);

export interface AmexCpsLineItemRecord {
  type: 'amex-cps-line-item';
  chargeItemQuantity?: number;
  chargeItemAmount?: number;
}
export const amexCpsLineItemRecord = baseRecord<AmexCpsLineItemRecord>(
  'amex-cps-line-item',
  'A',
  'Amex CPS Advice Addenda Line Item (CPS)',
  [
    lineItemType('CPS'),
    int('chargeItemQuantity', 3, 'Charge Item Quantity', '4.71'),
    int('chargeItemAmount', 12, 'Charge Item Amount', '4.70'),
  ],
);
