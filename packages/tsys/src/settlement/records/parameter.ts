// EIS 1081 §3.2.3 Table 3.3 — batch parameter record (78 bytes, no optional data groups).
import { an, num } from '../fields.js';
import { baseRecord } from './record-def.js';

export const parameterFields = [
  num('countryCode', 3, 'Country Code', '4.79', { default: '840' }),
  an('cityCode', 9, 'City Code', '4.75'),
  num('merchantCategoryCode', 4, 'Merchant Category Code', '4.181'),
  an('merchantName', 25, 'Merchant Name', '4.51.1'),
  an('merchantCity', 13, 'Merchant City or Cardholder Service Phone Number', '4.51.2'),
  an('merchantState', 2, 'Merchant State/Province', '4.51.3'),
  num('merchantLocationNumber', 5, 'Merchant Location Number', '4.185', { default: '00001' }),
  num('terminalIdNumber', 8, 'Terminal ID Number (V number)', '4.288'),
];

export interface ParameterRecord {
  type: 'parameter';
  countryCode?: string;
  /** Merchant ZIP/postal code (left-justified). */
  cityCode?: string;
  merchantCategoryCode: string;
  merchantName: string;
  /** Merchant city, or the cardholder service phone (NNN-NNNNNNN) for direct marketing / e-commerce. */
  merchantCity: string;
  merchantState: string;
  merchantLocationNumber?: string;
  terminalIdNumber: string;
}

export const parameterRecord = baseRecord<ParameterRecord>(
  'parameter',
  'P',
  'Parameter Record',
  parameterFields,
);
