import {
  buildSale,
  decodeResponse as decodeTampa,
  encodeRequest as encodeTampa,
  interpretResponse,
  netConnectRequestHeaders,
} from '@paywire/paymentech';
import { post } from '@paywire/transport-https';
import { endLineReader, exchange } from '@paywire/transport-tls';
import { decodeResponse, encodeRequest, testCards, testCredentials } from '@paywire/trustcommerce';
import { PAYMENTECH_TEST_CREDENTIALS, startSimulators } from '../src/index.js';

const sim = await startSimulators({ hosts: ['trustcommerce', 'paymentech'] });
try {
  // TrustCommerce: a sale over the TCLink socket (verified TLS with the simulator's CA)
  const visa = testCards[0]!;
  const { response } = await exchange({
    hosts: [sim.trustcommerce!.endpoints.tclink],
    servername: 'localhost',
    ca: sim.ca,
    request: encodeRequest(
      { ...testCredentials, action: 'sale', amount: 500, cc: visa.cc, exp: visa.exp },
      { form: 'tclink' },
    ),
    reader: endLineReader(),
  });
  const answer = decodeResponse(response);
  console.log(answer.status, sim.trustcommerce!.state.transaction(answer.transId!)?.account);

  // Paymentech: a sale of 2.05 over NetConnect, declined with issuer error 205
  const p = PAYMENTECH_TEST_CREDENTIALS;
  const sale = buildSale(
    { clientNumber: '0001', merchantNumber: p.merchantNumber, terminalNumber: p.terminalNumber },
    { card: { number: '4444333322221111', expMonth: 12, expYear: 2049 }, amount: 205 },
  );
  const http = await post(sim.paymentech!.url, encodeTampa(sale), {
    headers: netConnectRequestHeaders(p), // Auth-MID, Auth-TID, Auth-User, Auth-Password, Content-Type
    ca: sim.ca,
    servername: 'localhost',
  });
  const result = interpretResponse(decodeTampa(http.body));
  console.log(result.approved, result.hostErrorCode, result.hostError?.text);
} finally {
  await sim.close();
}
