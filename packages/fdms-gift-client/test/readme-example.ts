import { createGiftClient, isGiftClientError } from '@paywire/fdms-gift-client';
import { DATAWIRE_NEW_MERCHANT, DATAWIRE_TEST_CARDS, startSimulators } from '@paywire/simulator';

// A loopback Datawire host with the gift service; in production use Datawire's discovery URL.
const sim = await startSimulators({ hosts: ['datawire'] });
const dw = sim.datawire!;

const client = createGiftClient({
  discoveryUrl: dw.discoveryUrl,
  registrationUrl: dw.srsUrl,
  app: DATAWIRE_NEW_MERCHANT.app,
  merchantId: DATAWIRE_NEW_MERCHANT.mid, // Datawire AuthKey1 and the SVdot merchant number
  terminalId: DATAWIRE_NEW_MERCHANT.tid, // Datawire AuthKey2
  merchant: { terminalId: '0001' }, // the 4-digit POS terminal in field 42
  ca: sim.ca,
  registration: { retryDelayMs: 50 },
});

// Once per merchant: Registration (the host answers Retry first), then Activation. Keep the DID
// and pass it as `did` from then on.
const { did } = await client.register();

// A $8.00 purchase on a $5.00 card: partial redemption takes what is there.
const card = { cardNumber: DATAWIRE_TEST_CARDS.lowBalance.cardNumber };
const sale = await client.redeemCard({ card, amount: 800, redemptionType: 'partial' });
const taken = sale.previousBalance! - sale.newBalance!;
console.log(sale.approved, sale.responseText, taken); // -> true Completed OK 500

// The customer cannot pay the rest: void it with the approved amount and its transaction number.
const voided = await client.voidTransaction({
  card,
  voidType: 'redemption',
  amount: taken,
  transactionNumber: sale.transactionNumber!,
});
console.log(voided.newBalance); // -> 500

// The answer to a reload is lost (Datawire return code 205): the client sends the 0704 timeout
// reversal before it throws, and reports both outcomes.
sim.faults.add('datawire', { mode: 'return-code-205' });
try {
  await client.reload({ card, amount: 1_000 });
} catch (e) {
  if (!isGiftClientError(e)) throw e;
  console.log(e.code, e.outcome, e.reversal?.status); // -> 531 unknown reversed
}
console.log(dw.ledger.balance(card.cardNumber)); // -> 500

await sim.close();

export { did, sale, voided };
