// Seed PTechECommerce response_auth_source: one character, stored and sent back at settlement.
export const AUTH_SOURCES: Readonly<Record<string, string>> = Object.freeze({
  '1': 'Stand-in: time-out response',
  '2': 'Stand-in: amount below issuer limit',
  '3': 'Stand-in: issuer in suppress-inquiry mode',
  '4': 'Stand-in: issuer unavailable',
  '5': 'Issuer generated response',
  '6': 'Off-line approval: POS device generated',
  '7': 'Acquirer approval: Base I unavailable',
  '8': 'Acquirer approval of a referral',
  '9': 'Not authorized (e.g. credit card credits)',
  D: 'Referral: authorization code keyed manually',
  E: 'Off-line approval: authorization code keyed manually',
  F: 'CAFIS interface off-line post-auth (Japan)',
  G: 'Issuer approval: post-auth (Japan)',
  T: 'Telcode file change advice (VisaPhone issuer direct)',
});
