// EIS 1081 Table 3.6 ODG3 — Direct Marketing.
import { an, int } from '../../fields.js';
import { group } from '../group-def.js';
import { purchaseIdentifierFormatCodes } from './shared.js';

export const detailGroup3 = group(3, 'directMarketing', 'Direct Marketing', 'T3.6 ODG3', [
  int('totalAuthorizedAmount', 12, 'Total Authorized Amount', '4.296'),
  an('purchaseIdentifierFormatCode', 1, 'Purchase Identifier Format Code', '4.225', {
    values: purchaseIdentifierFormatCodes,
  }),
  an('purchaseIdentifier', 25, 'Purchase Identifier', '4.224'),
]);

export interface DetailDirectMarketing {
  totalAuthorizedAmount?: number;
  purchaseIdentifierFormatCode?: string;
  purchaseIdentifier?: string;
}
