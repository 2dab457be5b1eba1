import { addGratuity, buildBatch, detailFromAuthorization, type SettlementBatch } from '@paywire/tsys';

/** A batch of one tipped retail sale; `cents` picks the settlement amount (13 → the host rejects it). */
export function batch(batchNumber: string, amount = 2500, tip = 500): SettlementBatch {
  const sale = detailFromAuthorization(
    {
      transactionCode: '54',
      cardholderIdentificationCode: '@',
      accountDataSource: 'D',
      cardholderAccountNumber: '4444333322221111',
      transactionSequenceNumber: '0042',
      transactionAmount: amount,
    },
    {
      responseCode: '00',
      approvalCode: '654321',
      returnedAci: 'E',
      authorizationSourceCode: '5',
      localTransactionDate: '060517',
      localTransactionTime: '124555',
      avsResultCode: '0',
      transactionIdentifier: '012345678901234',
      validationCode: 'X1Y2',
    },
  );
  return buildBatch({
    header: {
      acquirerBin: '999995',
      agentBankNumber: '000000',
      agentChainNumber: '000000',
      merchantNumber: '999999999911',
      storeNumber: '0011',
      terminalNumber: '9911',
      deviceCode: 'Q',
      industryCode: 'R',
      timeZoneDifferential: '705',
      batchTransmissionDate: '0617',
      batchNumber,
    },
    parameter: {
      merchantCategoryCode: '5999',
      merchantName: 'PAYWIRE TEST STORE',
      merchantCity: 'TEMPE',
      merchantState: 'AZ',
      cityCode: '85284',
      terminalIdNumber: '00000001',
    },
    records: [addGratuity(sale, tip)],
  });
}
