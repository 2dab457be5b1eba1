// EIS 1080 §6.201 Transaction code (Table 6.87), request bytes 61-62.

export interface TransactionCodeInfo {
  /** What the code asks for, in short. */
  readonly meaning: string;
  /** Code to resend with when no response came back ("repeat"), if the table gives one. */
  readonly repeat?: string;
  /** May be used with record format Y (TSYS token). */
  readonly token: boolean;
}

function t(meaning: string, token: boolean, repeat?: string): TransactionCodeInfo {
  return repeat === undefined ? { meaning, token } : { meaning, token, repeat };
}

export const transactionCodeInfo: Readonly<Record<string, TransactionCodeInfo>> = {
  '54': t('purchase', false, '64'),
  '55': t('cash advance (banks only; Visa, Mastercard, Discover)', false, '65'),
  '56': t('card not present purchase (mail, telephone, e-commerce)', true, '66'),
  '57': t('quasi-cash purchase (Visa, Mastercard)', false, '67'),
  '58': t('card authentication / account verification, zero amount', true, '68'),
  '59': t('online authorization reversal, before settlement', true, '69'),
  '5A': t('store-and-forward reversal, after settlement', true, '6A'),
  '5B': t('bill payment by credit card (Visa)', true, '6B'),
  '5C': t('credit (completion) advice, e.g. final fuel amount', true),
  '5G': t('account funding / credit payment transaction', false, '6G'),
  '5H': t('card-not-present account funding / credit payment', true, '6H'),
  '5I': t('credit payment reversal (Mastercard)', false),
  '5J': t('card-present cardholder funds transfer (Visa)', false, '6J'),
  '5K': t('card-not-present cardholder funds transfer (Visa)', true, '6K'),
  '5L': t('credit / stored value balance inquiry', true, '6L'),
  '5M': t('healthcare eligibility inquiry (Visa)', true, '6M'),
  '5N': t('balance inquiry reversal (Mastercard)', true, '6N'),
  '5P': t('product eligibility inquiry (Visa, Mastercard)', true),
  '5T': t('TSYS token request only (needs Group III 053)', false),
  '5V': t('bill pay reversal, credit', true, '6V'),
  '9V': t('bill pay reversal, debit', false),
  '84': t('private label purchase', false),
  '85': t('private label cash advance', false),
  '86': t('private label card not present', true),
  '87': t('private label quasi-cash', false),
  '88': t('private label card authentication', true),
  '92': t('EBT food stamp return', false),
  '93': t('direct debit purchase', false),
  '94': t('direct debit purchase return', false),
  '96': t('EBT cash benefits withdrawal', false),
  '98': t('EBT food stamp purchase', false),
  '9A': t('direct debit balance inquiry', false),
  '9B': t('bill payment by debit card (Visa)', false),
  '9E': t('EBT food stamp electronic voucher', false),
  '9F': t('EBT cash benefits purchase (with cash back)', false),
  '9G': t('debit account funding / payment transaction', false),
  '9H': t('debit account funding / payment return', false),
  '9J': t('debit cardholder funds transfer (Visa)', false),
  '9K': t('debit cardholder funds transfer return (Visa)', false),
  '9L': t('EBT food stamp balance inquiry (needs Group III 022)', false),
  '9M': t('EBT cash benefits balance inquiry (needs Group III 022)', false),
  A3: t('automatic reversal of a direct debit purchase', false),
  A4: t('automatic reversal of a direct debit return', false),
  B1: t('ATM cash disbursement', false),
  B2: t('ATM balance inquiry', false),
  B3: t('ATM deposit', false),
  B4: t('ATM transfer between cardholder accounts', false),
  C1: t('ATM cash disbursement reversal', false),
  C3: t('ATM deposit reversal', false),
  C4: t('ATM account transfer reversal', false),
  C8: t('ATM adjustment up (credit)', false),
  C9: t('ATM adjustment down (debit)', false),
  CR: t('purchase return authorization (Visa)', false, 'CS'),
  CV: t('purchase return authorization reversal (Visa)', false, 'CW'),
  FR: t('credit payment return (Mastercard)', false),
  G2: t('gift card close (Fifth Third)', false),
  G3: t('gift card balance inquiry (Fifth Third)', false),
  G4: t('gift card purchase / redemption (Fifth Third)', false),
  G5: t('gift card return / refund (Fifth Third)', false),
  G6: t('gift card load (Fifth Third)', false),
  G7: t('gift card unload (Fifth Third)', false),
  GB: t('gift card stand-alone tip', false),
  GC: t('gift card issue', false),
  GF: t('gift card merchant-initiated reversal', false),
  P1: t('prepaid activation, credit type', false, 'Q1'),
  P2: t('prepaid activation reversal, credit type', false, 'Q2'),
  P3: t('prepaid load, credit type', false, 'Q3'),
  P4: t('prepaid load reversal, credit type', false, 'Q4'),
  R1: t('prepaid activation, debit type', false),
  R2: t('prepaid activation reversal, debit type', false),
  R3: t('prepaid load, debit type', false),
  R4: t('prepaid load reversal, debit type', false),
  TA: t('terminal authentication (Group III 049)', false),
  TD: t('terminal deactivation', false),
};

/** Code → meaning, including the repeat codes (for field tables and traces). */
export const transactionCodes: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  for (const [code, info] of Object.entries(transactionCodeInfo)) {
    out[code] = info.meaning;
    if (info.repeat !== undefined) out[info.repeat] = `repeat of ${code}: ${info.meaning}`;
  }
  return out;
})();

/** Reversal transaction codes (Table 8.10): byte 56 then carries the original's returned ACI. */
export const REVERSAL_TRANSACTION_CODES: ReadonlySet<string> = new Set([
  '59',
  '69',
  '5A',
  '6A',
  '5N',
  '6N',
  'CV',
  'CW',
  '5I',
  '5V',
  '6V',
  '9V',
  'A3',
  'A4',
  'C1',
  'C3',
  'C4',
]);

/** The "repeat" code to resend with after a lost response, if one exists. */
export function repeatCodeOf(code: string): string | undefined {
  return transactionCodeInfo[code]?.repeat;
}
