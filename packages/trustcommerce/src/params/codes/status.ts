/** Guide §V, "Status": the `status` return value. */

export const STATUS = {
  approved: 'authorized and cleared with the bank',
  accepted: 'queued into the system without errors (may still be rejected later)',
  decline: 'declined; see declinetype',
  baddata: 'invalid parameters; see error and offenders',
  error: 'system error; see errortype',
} as const;

export type Status = keyof typeof STATUS;
