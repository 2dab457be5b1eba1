// Response fixed block offset 0 (AM-NC parser; seed response_code A/E). Values beyond these are not public.
export const ACTION_CODES: Readonly<Record<string, string>> = Object.freeze({
  A: 'Approved',
  E: 'Error or decline: the approval code field holds the host error number',
  D: 'Declined (seen only in ActiveMerchant code; meaning inferred)',
});
