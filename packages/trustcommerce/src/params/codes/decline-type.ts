/** Guide §V, "Decline Type": `declinetype` when status is decline. */

export const DECLINE_TYPE = {
  decline: 'true decline, usually insufficient funds',
  avs: 'AVS failed: address does not match the bank',
  cvv: 'CVV failed',
  call: 'authorize by phone; an offline authcode can then be sent in offlineauthcode',
  expiredcard: 'card expired',
  carderror: 'card number invalid (typo, or reported stolen)',
  authexpired: 'postauth of a preauth older than 14 days',
  fraud: 'CrediGuard fraud score below the threshold',
  blacklist: 'CrediGuard blacklist rule triggered',
  velocity: 'CrediGuard velocity control triggered',
  dailylimit: 'daily count or amount limit reached',
  weeklylimit: 'weekly count or amount limit reached',
  monthlylimit: 'monthly count or amount limit reached',
} as const;

export type DeclineType = keyof typeof DECLINE_TYPE;
