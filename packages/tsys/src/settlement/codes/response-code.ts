// EIS 1081 §4.240 Table 4.50 — response codes a detail record may carry ('' = two spaces: credit/offline).
export const settlementResponseCodes = {
  '00': 'approved online',
  '85': 'approved online (no reason to decline)',
  '10': 'partial approval',
  '': 'credit / refund / offline or voice approval',
  Y3: 'offline chip approval (unable to go online)',
  Z3: 'offline chip decline (unable to go online)',
  Y1: 'offline chip approval',
  Z1: 'offline chip decline',
  T0: 'approved online',
  R0: 'stop payment order',
  R1: 'revocation of authorization order',
} as const;

/** Host response codes that make an authorization settleable. */
export const approvedResponseCodes: ReadonlySet<string> = new Set(['00', '85', '10', 'T0']);
