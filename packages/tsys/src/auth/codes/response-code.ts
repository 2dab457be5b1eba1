// EIS 1080 §6.163 Response code (Table 6.80): code → the 16-character display text and a meaning.
// Decide on the code, never on the text (the host may translate the text).

export interface ResponseCodeInfo {
  readonly text: string;
  readonly meaning: string;
}

const r = (text: string, meaning: string): ResponseCodeInfo => ({ text, meaning });

export const responseCodeInfo: Readonly<Record<string, ResponseCodeInfo>> = {
  '00': r('APPROVAL', 'approved'),
  '01': r('CALL', 'refer to the issuer'),
  '02': r('CALL', 'refer to the issuer, special condition'),
  '03': r('TERM ID ERROR', 'merchant id not valid'),
  '04': r('HOLD-CALL', 'pick up the card (no fraud)'),
  '05': r('DECLINE', 'do not honor'),
  '06': r('ERROR', 'general error'),
  '07': r('HOLD-CALL', 'pick up the card, fraud account'),
  '08': r('APPROVAL', 'honor with identification (Mastercard)'),
  '10': r('PARTIAL APPROVAL', 'approved for a smaller amount, given in Group III 022'),
  '11': r('APPROVAL', 'VIP approval'),
  '12': r('INVALID TRANS', 'transaction not valid'),
  '13': r('AMOUNT ERROR', 'amount not valid'),
  '14': r('CARD NO. ERROR', 'card number not valid'),
  '15': r('NO SUCH ISSUER', 'issuer unknown'),
  '19': r('RE ENTER', 'send the transaction again'),
  '21': r('NO ACTION TAKEN', 'transaction could not be backed out'),
  '25': r('NO CARD NUMBER', 'account number not found'),
  '28': r('NO REPLY', 'file temporarily unavailable'),
  '30': r('MSG FORMAT ERROR', 'request badly formatted'),
  '39': r('NO CREDIT ACCT', 'no credit account'),
  '41': r('HOLD-CALL', 'lost card, pick up'),
  '43': r('HOLD-CALL', 'stolen card, pick up'),
  '51': r('DECLINE', 'insufficient funds'),
  '52': r('NO CHECK ACCOUNT', 'no checking account'),
  '53': r('NO SAVE ACCOUNT', 'no savings account'),
  '54': r('EXPIRED CARD', 'card expired'),
  '55': r('WRONG PIN', 'PIN incorrect'),
  '57': r('SERV NOT ALLOWED', 'not permitted for this card'),
  '58': r('SERV NOT ALLOWED', 'not permitted for this terminal'),
  '61': r('DECLINE', 'withdrawal limit exceeded'),
  '62': r('DECLINE', 'restricted service code'),
  '63': r('SEC VIOLATION', 'security violation'),
  '65': r('DECLINE', 'activity limit exceeded'),
  '75': r('PIN EXCEEDED', 'too many PIN tries'),
  '76': r('UNSOLIC REVERSAL', 'original not found for the reversal'),
  '77': r('NO ACTION TAKEN', 'inconsistent, reversed or repeated data'),
  '78': r('NO ACCOUNT', 'no account'),
  '79': r('ALREADY REVERSED', 'already reversed at the switch'),
  '80': r('NO IMPACT', 'no financial impact (reversal of a declined original)'),
  '81': r('ENCRYPTION ERROR', 'cryptographic error'),
  '82': r('INCORRECT CVV', 'CVV data not correct'),
  '83': r('CANT VERIFY PIN', 'PIN cannot be verified'),
  '85': r('CARD OK', 'no reason to decline (verification succeeded)'),
  '86': r('CANT VERIFY PIN', 'PIN cannot be verified'),
  '91': r('NO REPLY', 'issuer or switch unavailable'),
  '92': r('INVALID ROUTING', 'destination not found'),
  '93': r('DECLINE', 'violation, cannot complete'),
  '94': r('DUPLICATE TRANS', 'duplicate transaction'),
  '96': r('SYSTEM ERROR', 'system malfunction'),
  A1: r('ACTIVATED', 'terminal authentication succeeded'),
  A2: r('NOT ACTIVATED', 'terminal authentication failed'),
  A3: r('DEACTIVATED', 'terminal deactivation succeeded'),
  B1: r('SRCHG NOT ALLOWD', 'surcharge not allowed on debit / EBT food stamps'),
  B2: r('SRCHG NOT ALLOWD', 'surcharge not supported by the debit network'),
  CV: r('FAILURE CV', 'card type verification error'),
  D3: r('SECUR CRYPT FAIL', '3-D Secure cryptogram missing or wrong'),
  E1: r('ENCR NOT CONFIGD', 'encryption not configured'),
  E2: r('TERM NOT AUTHENT', 'terminal not authenticated'),
  E3: r('DECRYPT FAILURE', 'data could not be decrypted'),
  EA: r('ACCT LENGTH ERR', 'account length error'),
  EB: r('CHECK DIGIT ERR', 'check digit error'),
  EC: r('CID FORMAT ERROR', 'CID format error'),
  HV: r('FAILURE HV', 'hierarchy verification error'),
  K0: r('TOKEN RESPONSE', 'token request processed'),
  K1: r('TOKEN NOT CONFIG', 'tokenization not configured'),
  K2: r('TERM NOT AUTHENT', 'terminal not authenticated'),
  K3: r('TOKEN FAILURE', 'token could not be resolved'),
  M0: r('DOM DBT NOT ALWD', 'Canada domestic debit Mastercard not allowed'),
  N3: r('CACHBACK NOT AVL', 'cash back not available'),
  N4: r('DECLINE', 'issuer withdrawal limit exceeded'),
  N7: r('CVV2 MISMATCH', 'CVV2 value not valid'),
  P0: r('SERV NOT ALLOWED', 'call merchant services'),
  P1: r('SERV NOT ALLOWED', 'call merchant services'),
  P2: r('SERV NOT ALLOWED', 'call merchant services'),
  P3: r('SERV NOT ALLOWED', 'call merchant services'),
  P4: r('SERV NOT ALLOWED', 'call merchant services'),
  P5: r('SERV NOT ALLOWED', 'call merchant services'),
  P6: r('SERV NOT ALLOWED', 'call merchant services'),
  P7: r('MISSING SERIAL NUM', 'terminal boarding not finished (no serial number)'),
  Q1: r('CARD AUTH FAIL', 'card authentication failed'),
  R0: r('STOP RECURRING', 'cardholder stopped this recurring payment'),
  R1: r('STOP RECURRING', 'cardholder stopped all recurring payments to this merchant'),
  R3: r('STOP ALL RECUR', 'all recurring payments cancelled for this card'),
  S0: r('INACTIVE CARD', 'account inactive'),
  S1: r('MOD 10 FAIL', 'check digit failed'),
  S5: r('DCLN NO PRE AUTH', 'no pre-authorization found'),
  S9: r('MAX BALANCE', 'maximum balance exceeded'),
  SA: r('SHUT DOWN', 'authorization server shut down'),
  SB: r('INVALID STATUS', 'card status not active'),
  SC: r('UNKNOWN STORE', 'unknown dealer / store code'),
  SD: r('TOO MANY RCHRGS', 'too many recharges'),
  SE: r('ALREADY USED', 'card already used'),
  SF: r('NOT MANUAL', 'keyed transactions not allowed'),
  SH: r('TYPE UNKNOWN', 'transaction type unknown'),
  SJ: r('INVALID TENDER', 'tender type not valid'),
  SK: r('CUSTOMER TYPE', 'customer type not valid'),
  SL: r('PIN LOCKED', 'PIN locked'),
  SM: r('MAX REDEMPTS', 'too many redemptions'),
  SP: r('MAX PAN TRIES', 'too many PAN tries'),
  SR: r('ALREADY ISSUED', 'card already issued'),
  SS: r('NOT ISSUED', 'card not issued'),
  T0: r('APPROVAL', 'check approved and converted'),
  T1: r('CANNOT CONVERT', 'check cannot be converted (declined)'),
  T2: r('INVALIDABA', 'ABA number not valid / not an ACH participant'),
  T3: r('AMOUNT ERROR', 'amount over the limit'),
  V1: r('FAILURE VM', 'daily threshold exceeded'),
};

/** Code → "TEXT: meaning" (for field tables and traces). */
export const responseCodes: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(responseCodeInfo).map(([code, info]) => [code, `${info.text}: ${info.meaning}`]),
);

/** Codes that approve the request (fully or partly). */
export const APPROVAL_RESPONSE_CODES: ReadonlySet<string> = new Set(['00', '08', '10', '11', '85', 'T0']);

export function isApproval(responseCode: string): boolean {
  return APPROVAL_RESPONSE_CODES.has(responseCode);
}

export function isPartialApproval(responseCode: string): boolean {
  return responseCode === '10';
}
