// EIS 1081 §3.2.10-§3.2.11 Tables 3.10/3.11 (Visa line item, 148 + ODG1) and §6.7 (Mastercard line item) — Level III line item records.
// Decision: §6.7 prints Item Description at bytes 14-49 but 35 long (as §4.153); the lengths win, so the Mastercard record is 150 bytes.
import type { FieldSpec } from '@paywire/core';
import { an, int, num } from '../fields.js';
import { group } from '../groups/group-def.js';
import { fixedSection, groupedRecord } from './record-def.js';

export const visaLineItemFields: readonly FieldSpec[] = [
  { name: 'lineItemCardType', const: 'VISA', label: 'Line Item Card Type', spec: 'EIS 1081 §4.164' },
  an('itemCommodityCode', 12, 'Item Commodity Code', '4.152'),
  an('itemDescription', 35, 'Item Description', '4.153'),
  an('productCode', 12, 'Product Code', '4.222.2'),
  int('quantity', 12, 'Quantity (4 implied decimals)', '4.227'),
  an('unitOfMeasure', 12, 'Unit of Measure/Code', '4.316'),
  int('unitCost', 12, 'Unit Cost (4 implied decimals)', '4.314'),
  int('vatTaxAmount', 12, 'VAT/Tax Amount', '4.321'),
  num('vatTaxRate', 4, 'VAT/Tax Rate', '4.322', { default: '0000' }),
  int('discountPerLineItem', 12, 'Discount Per Line Item', '4.103.2'),
  int('lineItemTotal', 12, 'Line Item Total', '4.168'),
];

export const visaLineItemGroup1 = group(1, 'lineItemIndicators', 'Line Item Indicators', 'T3.11 ODG1', [
  an('lineItemDiscountTreatmentCode', 1, 'Line Item Discount Treatment Code', '4.167', {
    values: {
      '': 'not used',
      '0': 'no line item discount',
      '1': 'tax on post-discount total',
      '2': 'tax on pre-discount total',
    },
  }),
]);

export interface VisaLineItemRecord {
  type: 'visa-line-item';
  itemCommodityCode?: string;
  itemDescription?: string;
  productCode?: string;
  quantity?: number;
  unitOfMeasure?: string;
  unitCost?: number;
  vatTaxAmount?: number;
  vatTaxRate?: string;
  discountPerLineItem?: number;
  lineItemTotal?: number;
  groups?: { lineItemIndicators?: { lineItemDiscountTreatmentCode?: string } };
}

export const visaLineItemRecord = groupedRecord<VisaLineItemRecord>({
  type: 'visa-line-item',
  indicator: 'L',
  title: 'Visa Line Item Detail Record',
  base: visaLineItemFields,
  groups: [fixedSection(visaLineItemGroup1)],
});

export const mastercardLineItemFields: readonly FieldSpec[] = [
  { name: 'lineItemCardType', const: 'MCRD', label: 'Line Item Card Type', spec: 'EIS 1081 §4.164' },
  an('itemDescription', 35, 'Item Description', '4.153'),
  an('productCode', 12, 'Product Code', '4.222.2'),
  int('itemQuantity', 12, 'Item Quantity', '4.227'),
  an('itemUnitOfMeasure', 12, 'Item Unit of Measure', '4.315'),
  an('alternateTaxIdentifier', 15, 'Alternate Tax Identifier', '4.26'),
  num('taxRateApplied', 4, 'Tax Rate Applied', '4.322', { default: '0000' }),
  an('taxTypeApplied', 4, 'Tax Type Applied', '4.318'),
  int('taxAmount', 12, 'Tax Amount', '4.321'),
  an('discountIndicator', 1, 'Discount Indicator', '4.104'),
  an('netGrossIndicator', 1, 'Net/Gross Indicator', '4.202'),
  int('extendedItemAmount', 9, 'Extended Item Amount', '4.121'),
  an('debitCreditIndicator', 1, 'Debit/Credit Indicator', '4.93'),
  int('discountAmount', 12, 'Discount Amount', '4.103'),
  num('itemDiscountRate', 5, 'Item Discount Rate', '4.156', { default: '00000' }),
  an('itemQuantityExponentIndicator', 1, 'Item Quantity Exponent Indicator', '4.158'),
  an('itemDiscountExponentIndicator', 1, 'Item Discount Exponent Indicator', '4.155'),
];

export interface MastercardLineItemRecord {
  type: 'mastercard-line-item';
  itemDescription?: string;
  productCode?: string;
  itemQuantity?: number;
  itemUnitOfMeasure?: string;
  alternateTaxIdentifier?: string;
  taxRateApplied?: string;
  taxTypeApplied?: string;
  taxAmount?: number;
  discountIndicator?: string;
  netGrossIndicator?: string;
  extendedItemAmount?: number;
  debitCreditIndicator?: string;
  discountAmount?: number;
  itemDiscountRate?: string;
  itemQuantityExponentIndicator?: string;
  itemDiscountExponentIndicator?: string;
}

export const mastercardLineItemRecord = groupedRecord<MastercardLineItemRecord & { groups?: object }>({
  type: 'mastercard-line-item',
  indicator: 'L',
  title: 'Mastercard Line Item Detail Record',
  base: mastercardLineItemFields,
  groups: [],
});
