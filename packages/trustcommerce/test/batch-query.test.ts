import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  batchFileName,
  batchResultFileName,
  batchRow,
  buildVaultQuery,
  decodeBatchFile,
  decodeBatchResult,
  decodeFormString,
  decodeVaultQueryResult,
  encodeBatchFile,
  encodeBatchResult,
  encodeVaultQueryResult,
  parseVaultQuery,
  readCsv,
  type VaultQuery,
  vaultQueryUrl,
  writeCsv,
} from '../src/index.js';

const vector = (name: string) => readFileSync(join(__dirname, 'vectors', name), 'utf8');

describe('batch (§XIX)', () => {
  it('writes the guide upload sample from typed requests', () => {
    const rows = [
      batchRow({
        custId: 'c',
        password: 'p',
        action: 'sale',
        cc: '4111111111111111',
        exp: '0412',
        amount: 999,
        name: 'Test Person',
        email: 'person@example.com',
        ticket: '01-1224',
      }),
      batchRow({
        custId: 'c',
        password: 'p',
        action: 'preauth',
        cc: '4111111111111111',
        exp: '0412',
        amount: 333,
        name: 'Test Person',
        email: 'person@example.com',
        ticket: '00-1175',
      }),
    ];
    const csv = encodeBatchFile(rows, ['ticket', 'action', 'cc', 'exp', 'amount', 'name', 'email']);
    expect(csv).toBe(vector('batch-upload.csv'));
    expect(csv).not.toContain('password');
    const back = decodeBatchFile(csv);
    expect(back.rows[0]).toEqual([
      ['ticket', '01-1224'],
      ['action', 'sale'],
      ['cc', '4111111111111111'],
      ['exp', '0412'],
      ['amount', '999'],
      ['name', 'Test Person'],
      ['email', 'person@example.com'],
    ]);
  });

  it('header is the union of the fields used; missing fields are empty cells', () => {
    const csv = encodeBatchFile([
      [
        ['action', 'sale'],
        ['billingid', 'AB12CD'],
        ['amount', '100'],
      ],
      [
        ['action', 'credit'],
        ['transid', '001-0000111101'],
      ],
    ]);
    expect(csv).toBe('action,billingid,amount,transid\nsale,AB12CD,100,\ncredit,,,001-0000111101\n');
  });

  it('reads the guide result sample and writes it back', () => {
    const rows = decodeBatchResult(vector('batch-result.csv'));
    expect(rows).toEqual([
      { ticket: '01-1224', status: 'approved', transId: '010-0001364786', avs: 'N' },
      { ticket: '00-1175', status: 'approved', transId: '010-0001364785', avs: 'N' },
    ]);
    expect(encodeBatchResult(rows)).toBe(vector('batch-result.csv'));
  });

  it('offenders lists are quoted; an error column appears when needed', () => {
    const csv = encodeBatchResult([
      { ticket: 't1', status: 'baddata', error: 'missingfields', offenders: ['cc', 'exp'] },
    ]);
    expect(csv).toBe(
      'ticket,status,transid,billingid,declinetype,error,errortype,offenders,avs\nt1,baddata,,,,missingfields,,"cc,exp",\n',
    );
    expect(decodeBatchResult(csv)[0]).toEqual({
      ticket: 't1',
      status: 'baddata',
      error: 'missingfields',
      offenders: ['cc', 'exp'],
    });
  });

  it('CSV quoting round-trips', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', '', 'plain']];
    expect(readCsv(writeCsv(rows, '\r\n'))).toEqual(rows);
  });

  it('file names', () => {
    const name = batchFileName('123456', new Date(Date.UTC(2006, 1, 3)), 'b');
    expect(name).toBe('batch-123456-020306b.txt');
    expect(batchResultFileName(name)).toBe('result-batch-123456-020306b.txt');
  });
});

describe('Vault query (§XX)', () => {
  const q: VaultQuery = {
    custId: '123456',
    password: 'secret',
    queryType: 'transaction',
    beginDate: new Date(Date.UTC(2006, 0, 2, 3, 4, 5)),
    endDate: '01-31-2006 23:59:59',
    action: ['preauth', 'postauth'],
    status: 'approved',
    limit: 20,
    offset: 0,
    showCount: true,
  };

  it('builds the query parameters in the guide order', () => {
    expect(buildVaultQuery(q)).toEqual([
      ['custid', '123456'],
      ['password', 'secret'],
      ['querytype', 'transaction'],
      ['begindate', '01-02-2006 03:04:05'],
      ['enddate', '01-31-2006 23:59:59'],
      ['action', 'preauth,postauth'],
      ['status', 'approved'],
      ['limit', '20'],
      ['offset', '0'],
      ['showcount', 'y'],
    ]);
    const url = vaultQueryUrl(q);
    expect(url.startsWith('https://vault.trustcommerce.com/query/?custid=123456&')).toBe(true);
    expect(parseVaultQuery(decodeFormString(url.split('?')[1]!))).toEqual({
      ...q,
      beginDate: '01-02-2006 03:04:05',
    });
  });

  it('refuses bad queries like baddata', () => {
    expect(() => buildVaultQuery({ ...q, queryType: 'nope' as never })).toThrow(/querytype/);
    expect(() => buildVaultQuery({ ...q, endDate: '2006-01-31' })).toThrow(/enddate/);
    expect(() => buildVaultQuery({ ...q, custId: '' })).toThrow(/custid/);
  });

  it('reads the CSV answer with a count line', () => {
    const csv =
      'transid,action,status,amount\n010-0001364786,sale,approved,999\n010-0001364785,preauth,approved,333\n57\n';
    const r = decodeVaultQueryResult(csv, { showCount: true });
    expect(r.columns).toEqual(['transid', 'action', 'status', 'amount']);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[1]).toEqual({
      transid: '010-0001364785',
      action: 'preauth',
      status: 'approved',
      amount: '333',
    });
    expect(r.count).toBe(57);
    expect(encodeVaultQueryResult(r)).toBe(csv);
    expect(decodeVaultQueryResult(csv).rows).toHaveLength(3);
  });
});
