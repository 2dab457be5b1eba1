// EIS 1081 Table 3.6 ODG4 — Auto Rental.
import { marketSpecificDataIndicators } from '../../codes/market-specific-data-indicator.js';
import { an, checkDate6, int, num } from '../../fields.js';
import { group } from '../group-def.js';
import { extraCharges, noShowIndicators, purchaseIdentifierFormatCodes } from './shared.js';

export const detailGroup4 = group(4, 'autoRental', 'Auto Rental', 'T3.6 ODG4', [
  int('totalAuthorizedAmount', 12, 'Total Authorized Amount', '4.296'),
  an('purchaseIdentifierFormatCode', 1, 'Purchase Identifier Format Code', '4.225', {
    values: purchaseIdentifierFormatCodes,
  }),
  an('purchaseIdentifier', 25, 'Purchase Identifier (rental agreement number)', '4.224.2'),
  an('marketSpecificDataIndicator', 1, 'Market Specific Data Identifier', '4.178', {
    values: marketSpecificDataIndicators,
  }),
  an('noShowIndicator', 1, 'No Show Indicator', '4.206', { values: noShowIndicators }),
  an('extraCharges', 6, 'Extra Charges', '4.122.1', { check: extraCharges('12345'), pad: 'zero-right' }),
  num('rentalDate', 6, 'Rental Date (YYMMDD)', '4.233', { check: checkDate6('YYMMDD'), default: '000000' }),
]);

export interface DetailAutoRental {
  totalAuthorizedAmount?: number;
  purchaseIdentifierFormatCode?: string;
  purchaseIdentifier?: string;
  marketSpecificDataIndicator?: string;
  noShowIndicator?: string;
  extraCharges?: string;
  rentalDate?: string;
}
