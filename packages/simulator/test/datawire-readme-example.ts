import {
  decodeResponse,
  encodeRequest,
  escapePayload,
  transactionRequest,
  unescapePayload,
} from '@paywire/datawire';
import {
  decodeResponse as decodeGift,
  encodeRequest as encodeGift,
  readResponse,
  redeemCard,
} from '@paywire/fdms-gift';
import { DATAWIRE_TEST_CARDS, DATAWIRE_TEST_MERCHANT as m, startSimulators } from '@paywire/simulator';
import { post } from '@paywire/transport-https';

const sim = await startSimulators({ hosts: ['datawire'] });
const host = sim.datawire!; // host.discoveryUrl, host.srsUrl, host.serviceUrls, host.ledger
const card = DATAWIRE_TEST_CARDS.active; // $100.00
const svdot = redeemCard({
  merchant: { merchantNumber: m.mid, terminalId: '0001' },
  card: { cardNumber: card.cardNumber, scv: card.scv },
  amount: 2_500,
});
const request = transactionRequest({
  did: m.did,
  app: m.app,
  auth: `${m.mid}|${m.tid}`,
  clientRef: '0000001V001000',
  serviceId: '104',
  payload: escapePayload(encodeGift(svdot)),
});
const http = await post(host.serviceUrls[0]!, encodeRequest(request), {
  contentType: 'text/xml',
  ca: sim.ca,
});
const response = decodeResponse(http.body);
if (response.body?.type === 'transaction' && response.body.payload) {
  const gift = readResponse(decodeGift(unescapePayload(response.body.payload)));
  console.log(gift.responseCode, gift.previousBalance, gift.newBalance); // 00 10000 7500
}
console.log(host.ledger.balance(card.cardNumber)); // 7500
await sim.close();
