/**
 * Test data that steers the simulated TSYS host: which amounts and cards decline, which address and
 * ZIP verify, which verification codes match, how much a healthcare (FSA/HSA) card holds. Every
 * answer is a pure function of these tables and the request, so tests can rely on them.
 */

/** Response code by the cents of the transaction amount (`…05` declines with `05`). Authorizations only. */
export const DECLINE_BY_CENTS: Readonly<Record<string, string>> = {
  '01': '01', // refer to issuer (CALL)
  '04': '04', // pick up card
  '05': '05', // do not honor
  '13': '13', // amount error
  '14': '14', // card number error
  '41': '41', // lost card
  '43': '43', // stolen card
  '51': '51', // insufficient funds
  '54': '54', // expired card
  '57': '57', // not permitted for the card
  '61': '61', // withdrawal limit exceeded
  '65': '65', // activity limit exceeded
  '91': '91', // issuer unavailable
  '96': '96', // system malfunction
};

/** Response code by card number (any amount). */
export const DECLINE_BY_CARD: Readonly<Record<string, string>> = {
  '4000000000000002': '05',
  '4000000000009995': '51',
  '4000000000000069': '54',
  '4000000000000119': '96',
  '4000000000000127': '82',
};

/** The test address of the public TSYS notes: street number 8320, ZIP 85284. */
export const AVS_TEST_STREET = '8320';
export const AVS_TEST_ZIP = '85284';

/** ZIP codes that force a fixed AVS result whatever the street. */
export const AVS_BY_ZIP: Readonly<Record<string, string>> = {
  '99990': 'U', // no data from the issuer
  '99991': 'R', // retry: system unable to process
  '99992': 'S', // AVS not supported
  '99993': 'G', // issuer does not take part
};

/**
 * Verification code results by code. Any other 3- or 4-digit code matches (`M`).
 * American Express never gets a result code: a code that would not match declines with `82`.
 */
export const CVV_BY_CODE: Readonly<Record<string, string>> = {
  '000': 'N',
  '0000': 'N',
  '111': 'P',
  '1111': 'P',
  '222': 'U',
  '2222': 'U',
};

/** Default balance of a healthcare (IIAS) card in minor units: $500.00. */
export const DEFAULT_HEALTHCARE_BALANCE = 50_000;

/** Eligibility inquiry (5M): service type codes the payer refuses (reason code `01`); others `00`. */
export const INELIGIBLE_SERVICE_TYPES: ReadonlySet<string> = new Set(['XX', '99']);

/** Acquirer BIN the host does not know: the socket closes at once, the gateway answers 501. */
export const UNKNOWN_ACQUIRER_BIN = '000000';

/** Settlement: a detail whose settlement amount ends in these cents is rejected (RB, field 24). */
export const REJECT_SETTLEMENT_CENTS = '13';
