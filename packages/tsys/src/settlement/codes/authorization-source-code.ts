// EIS 1081 §4.37 Table 4.13 — authorization source values for offline items (online items carry the host's value).
export const offlineAuthorizationSourceCodes = {
  '6': 'POS device generated approval code',
  '9': 'not authorized (credits and refunds)',
  E: 'offline voice / chip approval, keyed approval code',
} as const;
