// EIS 1081 Table 3.6 ODG5 — Hotel.
import { marketSpecificDataIndicators } from '../../codes/market-specific-data-indicator.js';
import { an, checkDate6, int, num } from '../../fields.js';
import { group } from '../group-def.js';
import { extraCharges, purchaseIdentifierFormatCodes } from './shared.js';

export const detailGroup5 = group(5, 'hotel', 'Hotel', 'T3.6 ODG5', [
  int('totalAuthorizedAmount', 12, 'Total Authorized Amount', '4.296'),
  an('purchaseIdentifierFormatCode', 1, 'Purchase Identifier Format Code', '4.225', {
    values: purchaseIdentifierFormatCodes,
  }),
  an('purchaseIdentifier', 25, 'Purchase Identifier (folio number)', '4.224.3'),
  an('marketSpecificDataIndicator', 1, 'Market Specific Data Identifier', '4.178', {
    values: marketSpecificDataIndicators,
  }),
  an('noShowIndicator', 1, 'No Show or Special Program Indicator', '4.206/4.264'),
  an('extraCharges', 6, 'Extra Charges', '4.122.2', { check: extraCharges('1234567'), pad: 'zero-right' }),
  num('checkInDate', 6, 'Check-in Date (YYMMDD)', '4.73', { check: checkDate6('YYMMDD'), default: '000000' }),
]);

export interface DetailHotel {
  totalAuthorizedAmount?: number;
  purchaseIdentifierFormatCode?: string;
  purchaseIdentifier?: string;
  marketSpecificDataIndicator?: string;
  noShowIndicator?: string;
  extraCharges?: string;
  checkInDate?: string;
}
