/**
 * Guide Appendix A test data, as data for tests and for the simulator. These cards work only on
 * demo transactions or accounts in test mode; live, every one of them declines with `carderror`.
 */

export interface TestCard {
  brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb';
  cc: string;
  /** MMYY as sent (the guide prints 04/12). */
  exp: string;
  /** Outcome of a demo preauth or sale. */
  outcome: { status: 'approved' } | { status: 'decline'; declineType: 'decline' | 'call' | 'carderror' };
  /** Address on file for AVS testing (approved cards). */
  address?: { address1: string; city: string; state: string; zip: string };
  /** The correct CVV, where the guide gives one. */
  cvv?: string;
}

export const testCards: readonly TestCard[] = [
  {
    brand: 'visa',
    cc: '4111111111111111',
    exp: '0412',
    outcome: { status: 'approved' },
    address: { address1: '123 Test St.', city: 'Somewhere', state: 'CA', zip: '90001' },
    cvv: '123',
  },
  {
    brand: 'mastercard',
    cc: '5411111111111115',
    exp: '0412',
    outcome: { status: 'approved' },
    address: { address1: '4000 Main St.', city: 'Anytown', state: 'AZ', zip: '85001' },
    cvv: '777',
  },
  {
    brand: 'amex',
    cc: '341111111111111',
    exp: '0412',
    outcome: { status: 'approved' },
    address: { address1: '12 Colorado Blvd.', city: 'Elsewhere', state: 'IL', zip: '54321' },
    cvv: '4000',
  },
  {
    brand: 'discover',
    cc: '6011111111111117',
    exp: '0412',
    outcome: { status: 'approved' },
    address: { address1: '6789 Green Ave.', city: 'Nowhere', state: 'MA', zip: '12345' },
  },
  {
    brand: 'diners',
    cc: '36484444444446',
    exp: '0412',
    outcome: { status: 'approved' },
    address: { address1: '7390 Del Mar Blvd.', city: 'Atown', state: 'NY', zip: '01101' },
  },
  {
    brand: 'jcb',
    cc: '213122222222221',
    exp: '0412',
    outcome: { status: 'approved' },
    address: { address1: '350 Madison Ave.', city: 'Springfield', state: 'OH', zip: '400000' },
  },
  { brand: 'visa', cc: '4012345678909', exp: '0412', outcome: { status: 'decline', declineType: 'decline' } },
  {
    brand: 'mastercard',
    cc: '5555444433332226',
    exp: '0412',
    outcome: { status: 'decline', declineType: 'call' },
  },
  {
    brand: 'visa',
    cc: '4444111144441111',
    exp: '0412',
    outcome: { status: 'decline', declineType: 'carderror' },
  },
];

/** Appendix A ACH test numbers. */
export const testAch = { routing: '789456124', account: '55544433221' } as const;

/** AVS code the test gateway gives valid cards that are not in the table (Appendix A). */
export const TEST_OTHER_CARD_AVS = 'U';

/** Credentials of TrustCommerce's public test login (used by the TCLink test script, notes §12.1). */
export const testCredentials = { custId: 'TestMerchant', password: 'password' } as const;

/**
 * What the test gateway answers for a card number on a demo (or test-mode) preauth/sale, or live
 * (`demo: false`): every test card declines with carderror. Undefined for cards not in the table.
 */
export function testCardOutcome(
  cc: string,
  options: { demo?: boolean } = {},
): { status: 'approved' } | { status: 'decline'; declineType: string } | undefined {
  const card = testCards.find((c) => c.cc === cc);
  if (!card) return undefined;
  if (options.demo === false) return { status: 'decline', declineType: 'carderror' };
  return card.outcome;
}
