import { startSimulators } from '@paywire/simulator';
import { buildBatch, detailFromAuthorization } from '@paywire/tsys';
import { createTsysClient, isTsysClientError } from '@paywire/tsys-client';

// A loopback TSYS host for the example; use your TSYS host, port and CA in production.
const sim = await startSimulators({ hosts: ['tsys'] });
const host = sim.tsys!.socket;

const client = createTsysClient({
  transport: { kind: 'socket', host: host.host, port: host.port, ca: sim.ca, servername: 'localhost' },
  merchant: {
    acquirerBin: '999995',
    merchantNumber: '123456789012',
    storeNumber: '5999',
    terminalNumber: '1515',
    merchantCategoryCode: '5999',
    name: 'test merchant',
    city: 'Beverly Hills',
    state: 'CA',
    zip: '90210',
    developerId: '000136',
    applicationId: 'B248',
  },
  applicationType: 4, // interleaved: many requests on one connection
  timeouts: { responseMs: 5_000 },
  onUnknownOutcome: 'reverse', // no answer: repeat the request, then reverse it
});

try {
  // The seed's healthcare purchase: $100.00, of which $50.00 prescription.
  const sale = await client.authorize({
    kind: 'healthcare',
    card: { track: '%B4444333322221111^SMITH/JOHN J ^031210100000033301000000008000000?' },
    amount: 10000,
    healthcare: { totalMedicalAmount: 10000, prescriptionAmount: 5000 },
    partialAuthorization: true,
  });
  console.log(sale.status, sale.responseCode, sale.approvedAmount, sale.sequenceNumber);

  // Settle it at the end of the day.
  const batch = buildBatch({
    header: {
      acquirerBin: '999995',
      agentBankNumber: '000000',
      agentChainNumber: '000000',
      merchantNumber: '123456789012',
      storeNumber: '5999',
      terminalNumber: '1515',
      deviceCode: 'Q',
      industryCode: 'R',
      timeZoneDifferential: '705',
      batchTransmissionDate: '0617',
      batchNumber: '001',
    },
    parameter: {
      merchantCategoryCode: '5999',
      merchantName: 'TEST MERCHANT',
      merchantCity: 'BEVERLY HILLS',
      merchantState: 'CA',
      cityCode: '90210',
      terminalIdNumber: '00000001',
    },
    records: [
      detailFromAuthorization(
        {
          transactionCode: sale.request.transactionCode,
          cardholderIdentificationCode: sale.request.cardholderIdentificationCode,
          accountDataSource: sale.request.accountDataSource,
          cardholderAccountNumber: '4444333322221111', // the PAN read from the track
          transactionSequenceNumber: sale.request.transactionSequenceNumber,
          transactionAmount: sale.requestedAmount,
          marketSpecificDataIndicator: 'M', // healthcare
        },
        { ...sale.response, authorizedAmount: sale.approvedAmount },
      ),
    ],
  });
  const settled = await client.settle(batch);
  console.log(settled.status, settled.batchNumber);
} catch (err) {
  if (isTsysClientError(err) && err.outcome === 'unknown') {
    console.log(`${err.name}: the host may have it`, err.recoveryResult?.reversal?.responseCode);
  } else throw err;
} finally {
  await client.close();
  await sim.close();
}
