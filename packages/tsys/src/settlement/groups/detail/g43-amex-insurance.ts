// EIS 1081 Table 3.6 ODG43 — Amex Insurance.
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup43 = group(43, 'amexInsurance', 'Amex Insurance', 'T3.6 ODG43', [
  an('policyNumber', 23, 'Policy Number', '4.28.1'),
  num('coverageStartDate', 8, 'Coverage Start Date', '4.28.2', { default: '00000000' }),
  num('coverageEndDate', 8, 'Coverage End Date', '4.28.3', { default: '00000000' }),
  an('policyPremiumFrequency', 7, 'Policy Premium Frequency', '4.28.4'),
  an('additionalPolicyNumber', 23, 'Additional Insurance Policy Number', '4.28.5'),
  an('typeOfPolicy', 25, 'Type of Policy', '4.28.6'),
  an('nameOfInsured', 30, 'Name of Insured', '4.28.7'),
]);

export interface DetailAmexInsurance {
  policyNumber?: string;
  coverageStartDate?: string;
  coverageEndDate?: string;
  policyPremiumFrequency?: string;
  additionalPolicyNumber?: string;
  typeOfPolicy?: string;
  nameOfInsured?: string;
}
