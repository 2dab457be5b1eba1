// EIS 1081 §4.225 Table 4.48 purchase identifier format code, §4.206 Table 4.43 no show, §4.122 extra charges.

export const purchaseIdentifierFormatCodes = {
  '': 'not given',
  Z: 'not used',
  '0': 'reserved',
  '1': 'direct marketing order number',
  '2': 'reserved',
  '3': 'auto rental agreement number',
  '4': 'hotel folio number',
} as const;

export const noShowIndicators = { '': 'not given', '0': 'not applicable', '1': 'no show' } as const;

/** Extra charges: up to six codes from `allowed`, left-justified, zero-filled. */
export function extraCharges(allowed: string) {
  return (text: string): string | undefined => {
    for (const c of text)
      if (c !== '0' && c !== ' ' && !allowed.includes(c)) return `extra charge code ${c} is not defined`;
    return undefined;
  };
}
