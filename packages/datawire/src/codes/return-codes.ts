/**
 * Datawire `TransactionResponse/ReturnCode` values (seed response_datawire_return_code table,
 * L631-L641; 006 and 008 and the retry flags from a public RapidConnect client's return-code table;
 * the codes that leave the outcome unknown from the recorded Ruby client, which sends a timeout
 * reversal for 203, 204, 205, 206, 405 and 505). An open set: unknown codes are looked up as unknown.
 */

export interface ReturnCodeInfo {
  code: string;
  meaning: string;
  /** The transaction reached the processor's host and its answer is in the payload (only 000). */
  delivered: boolean;
  /** The client table marks the code as worth retrying. For `reversalRequired` codes reverse first. */
  retryable: boolean;
  /**
   * The request may have reached the host and been processed without the answer coming back: a
   * financial request must be reversed (FDMS timeout reversal) before anything else.
   */
  reversalRequired: boolean;
  source: 'seed' | 'seed+client' | 'client';
}

function r(
  code: string,
  meaning: string,
  retryable: boolean,
  reversalRequired: boolean,
  source: ReturnCodeInfo['source'] = 'seed+client',
): readonly [string, ReturnCodeInfo] {
  return [
    code,
    Object.freeze({ code, meaning, delivered: code === '000', retryable, reversalRequired, source }),
  ];
}

export const RETURN_CODES: ReadonlyMap<string, ReturnCodeInfo> = new Map([
  r('000', 'Passed through Datawire to the processor and back', false, false, 'seed'),
  r('006', 'Invalid session', false, false, 'client'),
  r('008', 'Network error', true, false, 'client'),
  r('200', 'Host busy', true, false),
  r('201', 'Host unavailable', true, false),
  r('202', 'Host connect error', true, false),
  r('203', 'Host drop: the host disconnected before answering', true, true),
  r('204', 'Host communication error', false, true),
  r('205', 'No response from the host', true, true),
  r('206', 'Host send error: the connection to the host broke', true, true),
  r('405', 'Datawire (VXN) timeout', true, true),
  r('505', 'Network error', true, true),
]);

/** Facts about a return code; an unknown code is treated as undelivered with an unknown outcome. */
export function returnCodeInfo(code: string): ReturnCodeInfo {
  return (
    RETURN_CODES.get(code) ?? {
      code,
      meaning: 'Unknown return code',
      delivered: false,
      retryable: false,
      reversalRequired: true,
      source: 'client',
    }
  );
}
