// EIS 1081 Table 3.6 / Table 3.9 — group numbers that carry no data a POS may send.
// 15 Check Service (named only in T3.9, no layout), 24 reserved for POS-partner, 28 not used.

export const reservedDetailGroups: Readonly<Record<number, string>> = {
  15: 'check service (no layout in EIS 1081 v14.2)',
  24: 'reserved for POS-partner',
  28: 'not used',
};
