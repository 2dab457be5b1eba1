// Seed PTechECommerce, "Paymentech Batch Management Errors" (ErrorCode 105-109 of batch inquiry/release, a separate field).
import { hostTable } from './host-error.js';

export const BATCH_ERRORS = hostTable('batch', [
  ['105', 'Invalid Term ID', 'The merchant ID of a batch inquiry or release is wrong.'],
  ['106', 'Term Not Active', "The merchant ID's active flag is N."],
  ['107', 'No Transactions', 'Batch inquiry or release asked for, but no batch is open.'],
  ['108', 'Bat Already Rels', 'A second batch release was attempted.'],
  ['109', 'Batch Not Found', 'The requested batch does not exist.'],
]);
