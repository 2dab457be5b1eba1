// EIS 1081 Table 3.6 ODG44 — ACH (TSYS internal use).
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup44 = group(44, 'ach', 'ACH (TSYS internal use)', 'T3.6 ODG44', [
  an('achSecCode', 3, 'ACH SEC Code', '4.3'),
  num('achRoutingNumber', 9, 'ACH Routing Number', '4.4', { default: '000000000' }),
  an('achCheckNumber', 15, 'ACH Check Number', '4.5'),
  an('achIndividualName', 22, 'ACH Individual Name', '4.6'),
  an('achIndividualReferenceId', 10, 'ACH Individual Reference ID', '4.7'),
  an('achTelephoneNumber', 10, 'ACH Telephone Number', '4.8'),
  an('achTerminalCity', 4, 'ACH Terminal City', '4.9'),
  an('achTerminalState', 2, 'ACH Terminal State', '4.10'),
  num('achPrenoteIndicator', 1, 'ACH Prenote Indicator', '4.11', { default: '0' }),
  an('achCheckingSavingsIndicator', 1, 'ACH Checking/Savings Indicator', '4.12'),
  an('achPaymentTypeIndicator', 1, 'ACH Payment Type Indicator', '4.13'),
  an('achPresentmentInformation', 1, 'ACH Presentment Information', '4.14'),
  an('achReturnedCheckIndicator', 1, 'ACH Returned Check Indicator', '4.15'),
  an('achCheckReversalIndicator', 1, 'ACH Check Reversal Indicator', '4.16'),
]);

export interface DetailAch {
  achSecCode?: string;
  achRoutingNumber?: string;
  achCheckNumber?: string;
  achIndividualName?: string;
  achIndividualReferenceId?: string;
  achTelephoneNumber?: string;
  achTerminalCity?: string;
  achTerminalState?: string;
  achPrenoteIndicator?: string;
  achCheckingSavingsIndicator?: string;
  achPaymentTypeIndicator?: string;
  achPresentmentInformation?: string;
  achReturnedCheckIndicator?: string;
  achCheckReversalIndicator?: string;
}
