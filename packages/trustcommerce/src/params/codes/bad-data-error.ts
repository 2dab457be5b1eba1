/** Guide §V, "Bad Data": the `error` return value when status is baddata. */

import type { BadDataError } from '../../errors.js';

export const BAD_DATA_ERROR: Readonly<Record<BadDataError, string>> = {
  missingfields: 'a parameter required for this action was not sent',
  extrafields: 'a parameter not allowed for this action was sent',
  badformat: 'a field is improperly formatted',
  badlength: 'a field is longer or shorter than allowed',
  merchantcantaccept: 'the merchant account cannot accept this data (card type, currency)',
  mismatch: 'fields do not cross-check with each other',
};
