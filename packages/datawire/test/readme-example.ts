import {
  assertDelivered,
  buildClientRef,
  decodeResponse,
  encodeRequestText,
  escapePayload,
  transactionRequest,
  unescapePayload,
} from '@paywire/datawire';

// The SVdot payload comes from @paywire/fdms-gift; to Datawire it is opaque bytes.
const svdot = Uint8Array.from('SV.99026809996\x1c402400\x1cEA30', (c) => c.charCodeAt(0));

const request = transactionRequest({
  did: '00033746370969070150',
  app: 'BRIDGEPINCVLKXML',
  auth: '99026809996|00000008594', // MID|TID, masked in traces
  clientRef: buildClientRef(1701298, { major: 1, revision: 0 }), // '1701298V001000'
  serviceId: '104',
  payload: escapePayload(svdot), // 'SV.99026809996|1C402400|1CEA30'
});
const body = encodeRequestText(request); // POST this with Content-Type: text/xml

const response = decodeResponse(
  '<Response Version="3"><Status StatusCode="OK"></Status><TransactionResponse>' +
    '<ReturnCode>205</ReturnCode><Payload></Payload></TransactionResponse></Response>',
);
let reverse = false;
try {
  assertDelivered(response); // throws 530 (status) or 531 (return code)
} catch (e) {
  reverse = (e as { code: number }).code === 531; // 205: outcome unknown, reverse first
}
export const result = { body, reverse, bytes: unescapePayload(request.payload ?? '') };
