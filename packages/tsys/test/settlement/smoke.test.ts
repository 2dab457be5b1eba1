import { describe, expect, it } from 'vitest';
import { buildBatch, decodeBatch, encodeBatch } from '../../src/settlement/batch.js';

describe('smoke', () => {
  it('round trips', () => {
    const batch = buildBatch({
      header: {
        acquirerBin: '999995',
        agentBankNumber: '000000',
        agentChainNumber: '000000',
        merchantNumber: '999999999911',
        storeNumber: '0011',
        terminalNumber: '9911',
        deviceCode: 'Q',
        industryCode: 'R',
        currencyCode: '840',
        languageIndicator: '00',
        timeZoneDifferential: '705',
        batchTransmissionDate: '0911',
        batchNumber: '001',
      },
      parameter: {
        countryCode: '840',
        cityCode: '85284',
        merchantCategoryCode: '5999',
        merchantName: 'TEST MERCHANT',
        merchantCity: 'TEMPE',
        merchantState: 'AZ',
        merchantLocationNumber: '00001',
        terminalIdNumber: '00000001',
      },
      records: [
        {
          transactionCode: '54',
          cardholderIdentificationCode: '@',
          accountDataSource: 'D',
          cardholderAccountNumber: '4444333322221111',
          transactionSequenceNumber: '0001',
          localTransactionDate: '0605',
          localTransactionTime: '124555',
          settlementAmount: 1500,
          authorizedAmount: 1000,
          groups: { restaurant: { gratuityAmount: 500 } },
        },
      ],
    });
    const bytes = encodeBatch(batch);
    console.log(JSON.stringify(String.fromCharCode(...bytes)));
    const back = decodeBatch(bytes);
    expect(encodeBatch(back)).toEqual(bytes);
    console.log(JSON.stringify(back, null, 1).slice(0, 600));
  });
});
