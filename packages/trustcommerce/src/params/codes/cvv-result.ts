/**
 * Returned `cvv` result code. Not documented by guide 2.5; seen in public client fixtures (notes
 * §1.3: `P`, `N`). Kept open: any value decodes.
 */

export const CVV_RESULT: Readonly<Record<string, string>> = {
  P: 'CVV matched (from public fixtures; undocumented in guide 2.5)',
  N: 'CVV did not match (from public fixtures; undocumented in guide 2.5)',
};
