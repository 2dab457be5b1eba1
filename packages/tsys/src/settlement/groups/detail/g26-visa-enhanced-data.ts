// EIS 1081 Table 3.6 ODG26 — Visa Card Enhanced Data (Level III).
import { an, checkDate6, int, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup26 = group(
  26,
  'visaEnhancedData',
  'Visa Card Enhanced Data (Level III)',
  'T3.6 ODG26',
  [
    an('merchantVatRegistrationNumber', 20, 'Merchant VAT Registration Number', '4.189'),
    an('customerVatRegistrationNumber', 13, 'Customer VAT Registration Number', '4.88'),
    an('summaryCommodityCode', 4, 'Summary Commodity Code', '4.271'),
    int('discountAmount', 12, 'Discount Amount', '4.103.1'),
    int('freightAmount', 12, 'Freight Amount', '4.131'),
    int('dutyAmount', 12, 'Duty Amount', '4.108'),
    an('destinationPostalCode', 10, 'Destination Postal / ZIP Code', '4.99'),
    an('shipFromPostalCode', 10, 'Ship from Postal / ZIP Code', '4.257'),
    an('destinationCountryCode', 3, 'Destination Country Code', '4.98'),
    an('uniqueVatInvoiceReferenceNumber', 15, 'Unique VAT Invoice Reference Number', '4.313'),
    num('orderDate', 6, 'Order Date (YYMMDD)', '4.211', { check: checkDate6('YYMMDD'), default: '000000' }),
    int('vatTaxAmount', 12, 'VAT / Tax Amount (Freight/Shipping)', '4.321'),
    num('vatTaxRate', 4, 'VAT / Tax Rate (Freight/Shipping)', '4.322', { default: '0000' }),
    int('lineItemCount', 3, 'Line Item Count', '4.165'),
  ],
);

export interface DetailVisaEnhancedData {
  merchantVatRegistrationNumber?: string;
  customerVatRegistrationNumber?: string;
  summaryCommodityCode?: string;
  discountAmount?: number;
  freightAmount?: number;
  dutyAmount?: number;
  destinationPostalCode?: string;
  shipFromPostalCode?: string;
  destinationCountryCode?: string;
  uniqueVatInvoiceReferenceNumber?: string;
  orderDate?: string;
  vatTaxAmount?: number;
  vatTaxRate?: string;
  lineItemCount?: number;
}
