import {
  buildSale,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  interpretResponse,
  NETCONNECT_CERTIFICATION_URL,
  netConnectRequestHeaders,
  reversalAdviceFor,
} from '../src/index.js';

const merchant = { clientNumber: '0001', merchantNumber: '000000000001', terminalNumber: '001' };

// PTechECommerce.sale(): e-commerce, card not present, AVS street + ZIP, CVV
const sale = buildSale(merchant, {
  industryType: 'eCommerce',
  card: { number: '4444333322221111', expMonth: 12, expYear: 2049, cvvData: '123' },
  amount: 1200, // transaction_amount "12.00", in cents
  invoiceNumber: '1234',
  customerAddress: '123 Nowhere Ln.',
  customerZip: '90210',
  sequenceNumber: 1,
});
export const body = encodeRequest(sale); // STX L.A02000... ETX
export const headers = netConnectRequestHeaders({
  merchantNumber: merchant.merchantNumber,
  terminalNumber: merchant.terminalNumber,
  userId: 'my-user',
  password: 'my-password',
});
export const url = NETCONNECT_CERTIFICATION_URL;

// Your transport POSTs `body` with `headers` to `url`. A canned host answer stands in here:
const answer = encodeResponse({
  actionCode: 'A',
  avsResult: 'Y',
  approvalCode: '123456',
  batchNumber: '000001',
  retrievalNumber: '12345678',
  sequenceNumber: '000001',
  responseText: 'APPROVED',
  cardType: 'VI',
  tokens: [{ id: 'CV', data: 'M' }],
});
export const result = interpretResponse(decodeResponse(answer));
// result.approved === true, result.avsMeaning, result.cvvMeaning === 'CVV2 match'

// NetConnect answered with Error-Code 509 instead? Send the reversal advice it calls for:
export const decision = reversalAdviceFor(sale, '509');
export const advice =
  decision.action === 'send-reversal-advice' ? encodeRequest(decision.request) : undefined;
