/** Typed gateway answers (guide §V and the per-feature return parameters). */

import type { BadDataError } from '../errors.js';
import type { AvsResult } from '../params/codes/avs.js';
import type { BlacklistField } from '../params/codes/blacklist-field.js';
import type { CommercialCard } from '../params/codes/commercial-card.js';
import type { DeclineType } from '../params/codes/decline-type.js';
import type { ErrorType } from '../params/codes/error-type.js';
import type { Status } from '../params/codes/status.js';

/** Keeps autocompletion for the known values while staying open to new ones. */
export type Open<T extends string> = T | (string & {});

/**
 * One answer. Every code is open: values the guide does not list decode as they are. Absent
 * and empty parameters are left out (TCLink drops empty values).
 */
export interface TcResponse {
  status: Open<Status>;
  /** nnn-nnnnnnnnnn */
  transId?: string;
  /** status=decline */
  declineType?: Open<DeclineType>;
  /** status=baddata */
  error?: Open<BadDataError>;
  /** status=baddata: the offending input fields (comma-separated on the wire). */
  offenders?: string[];
  /** status=error */
  errorType?: Open<ErrorType>;
  avs?: Open<AvsResult>;
  /** CVV result code (undocumented in guide 2.5; `P`/`N` seen in public fixtures). */
  cvv?: string;
  /** store: the new six-character billing ID */
  billingId?: string;
  /** CrediGuard score 0-100 */
  fraudScore?: number;
  /** declinetype=blacklist */
  blacklistField?: Open<BlacklistField>;
  /** declinetype=blacklist: the input value that matched (may be a card number: masked on display). */
  blacklistValue?: string;
  /** declinetype=velocity, e.g. `zip3daycount` */
  velocityType?: string;
  /** declinetype=velocity: the input value that triggered it (may be a card number). */
  velocityValue?: string;
  /** successful Purchase Level II */
  commercialCard?: Open<CommercialCard>;
  /** Parameters the guide does not document (authcode, ...), by lower-cased name. */
  extra?: Record<string, string>;
}
