// EIS 1080 §6.161 Reimbursement attribute (Table 6.77), Group II request.

export const reimbursementAttributes = {
  '0': 'EBT, non-debit or non-Interlink debit',
  W: 'pre-existing qualified Interlink supermarket',
  F: 'recurring payment (Canada)',
  M: 'card not present (Canada)',
  X: 'pre-existing qualified Interlink retail',
  Y: 'qualified Interlink supermarket',
  Z: 'standard Interlink retail',
} as const satisfies Readonly<Record<string, string>>;
