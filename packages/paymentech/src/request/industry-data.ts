// Industry specific FS field: `013` + order number (16) + ECI (2) + optional goods type (2) (notes a.2; AM-NC).
import { type FieldSpec, FS } from '@paywire/core';

/** ECI / MOTO indicator as two digits on the wire (seed eci table; AM-NC writes two characters). */
export const ECI_VALUES: Readonly<Record<string, string>> = Object.freeze({
  '01': 'One-time mail/telephone order',
  '02': 'Recurring mail/telephone order',
  '03': 'Installment mail/telephone order',
  '04': 'Mail/telephone order, unknown classification',
  '05': '3-D Secure authenticated',
  '06': '3-D Secure attempted (merchant capable, cardholder not authenticated)',
  '07': 'Channel-encrypted e-commerce (not 3-D Secure authenticated)',
  '08': 'Non-secure e-commerce',
  '20': 'Payment token data present (Amex)',
});

export const INDUSTRY_DATA: FieldSpec = {
  name: 'industryData',
  label: 'industry specific data',
  terminator: FS,
  fields: [
    {
      name: 'industryCode',
      label: 'industry format',
      length: 3,
      format: 'numeric',
      values: { '013': 'E-commerce (inferred from AM-NC)' },
      openValues: true,
    },
    { name: 'orderNumber', label: 'order / invoice number', length: 16, optional: true },
    {
      name: 'eci',
      label: 'ECI',
      length: 2,
      pad: 'none',
      format: 'numeric',
      values: ECI_VALUES,
      openValues: true,
      optional: true,
    },
    {
      name: 'goodsType',
      label: 'goods type (values not public)',
      rest: true,
      min: 2,
      max: 2,
      optional: true,
    },
  ],
};

export interface IndustryData {
  industryCode: string;
  orderNumber?: string;
  eci?: string;
  goodsType?: string;
}
