// Seed PTechECommerce, "Paymentech Debit / EBT Specific Errors" (server errors 602-694).
import { hostTable } from './host-error.js';

export const DEBIT_ERRORS = hostTable('debit', [
  ['602', 'Call Voice Op', 'The authorization center cannot be reached.'],
  ['692', 'Auth Down-Retry', 'The debit authorizer is temporarily unavailable.'],
  ['693', 'Auth Busy-Retry', 'The queue for the debit authorizer is too long.'],
  ['694', 'Auth Busy-Retry', 'The debit authorizer did not answer in time.'],
]);
