/**
 * Datawire `Status@StatusCode` values (FDMSGiftCard seed, response_datawire_status table, L654-L665;
 * the failover grouping follows the recorded Ruby client's status handling). An open set: a code not
 * listed here (e.g. the "42" in a recorded fixture) is looked up as unknown.
 */

export interface StatusCodeInfo {
  code: string;
  meaning: string;
  /** The request reached the service provider and came back (only `OK`). */
  delivered: boolean;
  /** Sending the same request again may succeed (to the same or the next URL). */
  retryable: boolean;
  /** Try the next service provider URL from discovery. */
  failover: boolean;
  /** The host may have processed the request: a financial request needs a timeout reversal. */
  reversalRequired: boolean;
  /** Where the facts come from: seed, public client code, or inference. */
  source: 'seed' | 'seed+client' | 'inferred';
}

function s(
  code: string,
  meaning: string,
  flags: Partial<Omit<StatusCodeInfo, 'code' | 'meaning'>>,
): readonly [string, StatusCodeInfo] {
  return [
    code,
    Object.freeze({
      code,
      meaning,
      delivered: false,
      retryable: false,
      failover: false,
      reversalRequired: false,
      source: 'seed',
      ...flags,
    }),
  ];
}

export const STATUS_CODES: ReadonlyMap<string, StatusCodeInfo> = new Map([
  s('OK', 'Passed through Datawire to the service provider and back', { delivered: true }),
  s('AuthenticationError', 'The DID in the request was not authenticated', {}),
  s('UnknownServiceID', 'The ServiceID (part of the discovery or ping URL) is unknown', {}),
  s('WrongSessionContext', 'SessionContext does not match the one returned by InitiateSession', {}),
  s('AccessDenied', 'Registration refused; usually the merchant is already activated', {}),
  s('Failed', 'Merchant registration failed; contact Datawire support', {}),
  s('Retry', 'Registration not complete yet: send the Registration request again', { retryable: true }),
  s('Timeout', 'No response from the service provider in time', {
    retryable: true,
    failover: true,
    reversalRequired: true,
    source: 'seed+client',
  }),
  s('XMLError', 'The request XML is malformed or violates the DTD', {}),
  s('OtherError', 'Unspecified error', { retryable: true, failover: true, source: 'seed+client' }),
  s('008', 'Network error', { retryable: true, failover: true, source: 'seed+client' }),
]);

/** Facts about a status code; unknown codes are not delivered and fail over (the recorded client's rule). */
export function statusCodeInfo(code: string): StatusCodeInfo {
  return (
    STATUS_CODES.get(code) ?? {
      code,
      meaning: 'Unknown status code',
      delivered: false,
      retryable: true,
      failover: true,
      reversalRequired: false,
      source: 'inferred',
    }
  );
}
