// EIS 1081 Table 3.6 ODG21 — American Express Corporate Purchasing Card.
import { an, int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup21 = group(
  21,
  'amexPurchasingCard',
  'American Express Corporate Purchasing Card',
  'T3.6 ODG21',
  [
    an('supplierReferenceNumber', 9, 'Supplier Reference Number', '4.272'),
    an('cardholderReferenceNumber', 17, 'Cardholder Reference Number', '4.60'),
    an('shippedToZipCode', 6, 'Shipped To ZIP Code', '4.263'),
    int('salesTax', 6, 'Sales Tax', '4.249'),
    an('chargeDescriptor1', 40, 'Charge Descriptor 1', '4.66'),
  ],
);

export interface DetailAmexPurchasingCard {
  supplierReferenceNumber?: string;
  cardholderReferenceNumber?: string;
  shippedToZipCode?: string;
  salesTax?: number;
  chargeDescriptor1?: string;
}
