// EIS 1081 Table 3.6 ODG19 — CCS Private Label.
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup19 = group(19, 'ccsPrivateLabel', 'CCS Private Label', 'T3.6 ODG19', [
  num('creditPlanNumber', 5, 'Credit Plan Number', '4.81'),
  an('productCode1', 4, 'Product Code 1', '4.222.1'),
  an('productCode2', 4, 'Product Code 2', '4.222.1'),
  an('productCode3', 4, 'Product Code 3', '4.222.1'),
  an('productCode4', 4, 'Product Code 4', '4.222.1'),
  an('productCode5', 4, 'Product Code 5', '4.222.1'),
  num('orgId', 3, 'Org. ID', '4.212'),
  num('storeCode', 9, 'Store Code', '4.268'),
  num('receivingInstitutionId', 6, 'Receiving Institution ID', '4.228', { default: '911111' }),
]);

export interface DetailCcsPrivateLabel {
  creditPlanNumber?: string;
  productCode1?: string;
  productCode2?: string;
  productCode3?: string;
  productCode4?: string;
  productCode5?: string;
  orgId?: string;
  storeCode?: string;
  receivingInstitutionId?: string;
}
