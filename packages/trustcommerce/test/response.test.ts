import { ErrorCode } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  BAD_DATA_ERROR,
  buildResponse,
  DECLINE_TYPE,
  decodeResponse,
  describeVelocityType,
  ERROR_TYPE,
  encodeResponse,
  isSuccess,
  parseVelocityType,
  STATUS,
  type TcResponse,
  VELOCITY_TYPES,
} from '../src/index.js';
import { bytes, catchPaywire } from './helpers.js';

const samples: TcResponse[] = [
  { status: 'approved', transId: '025-0007423614', avs: 'Y', cvv: 'P' },
  { status: 'accepted', transId: '001-0000111101' },
  { status: 'accepted', transId: '010-0001364786', billingId: 'AB12CD' },
  { status: 'approved', transId: '010-0001364785', fraudScore: 87, commercialCard: 'S', avs: 'N' },
  { status: 'decline', transId: '025-0007423827', declineType: 'cvv', cvv: 'N' },
  {
    status: 'decline',
    transId: '025-0000000001',
    declineType: 'blacklist',
    blacklistField: 'ip',
    blacklistValue: '10.1.2.3',
  },
  {
    status: 'decline',
    transId: '025-0000000002',
    declineType: 'velocity',
    velocityType: 'zip3daycount',
    velocityValue: '90001',
  },
  { status: 'decline', transId: '025-0000000003', declineType: 'fraud', fraudScore: 12 },
  { status: 'baddata', error: 'missingfields', offenders: ['cc', 'exp'] },
  { status: 'error', errorType: 'cantconnect' },
  { status: 'approved', transId: '025-0000000004', extra: { authcode: '123456' } },
];

describe('answers', () => {
  for (const s of samples) {
    it(`${s.status} ${s.declineType ?? s.error ?? s.errorType ?? ''} round-trips in both forms`, () => {
      for (const form of ['tclink', 'https'] as const)
        expect(decodeResponse(encodeResponse(s, form))).toEqual(s);
    });
  }

  it('every status, declinetype, error and errortype decodes', () => {
    for (const status of Object.keys(STATUS))
      expect(decodeResponse(bytes(`status=${status}\n`)).status).toBe(status);
    for (const d of Object.keys(DECLINE_TYPE)) {
      expect(decodeResponse(bytes(`BEGIN\nstatus=decline\ndeclinetype=${d}\nEND\n`)).declineType).toBe(d);
    }
    for (const e of Object.keys(BAD_DATA_ERROR)) {
      expect(decodeResponse(bytes(`status=baddata\nerror=${e}\noffenders=cc\n`))).toEqual({
        status: 'baddata',
        error: e,
        offenders: ['cc'],
      });
    }
    for (const t of Object.keys(ERROR_TYPE))
      expect(decodeResponse(bytes(`status=error\nerrortype=${t}\n`)).errorType).toBe(t);
  });

  it('reads the guide fixtures: case-insensitive names, first duplicate wins, empty values absent, unknown kept', () => {
    const r = decodeResponse(
      bytes('BEGIN\nTRANSID=025-0007423614\nstatus=approved\nstatus=decline\navs=\nAuthCode=ABC\nEND\n'),
    );
    expect(r).toEqual({ status: 'approved', transId: '025-0007423614', extra: { authcode: 'ABC' } });
    expect(isSuccess(r)).toBe(true);
    expect(catchPaywire(() => decodeResponse(bytes('transid=1\n'))).code).toBe(ErrorCode.INVALID_RESPONSE);
  });

  it('keeps unknown codes (open enumerations)', () => {
    expect(decodeResponse(bytes('status=pending\ndeclinetype=newkind\n'))).toEqual({
      status: 'pending',
      declineType: 'newkind',
    });
  });

  it('velocity types: the 32 combinations', () => {
    expect(VELOCITY_TYPES).toHaveLength(32);
    expect(parseVelocityType('zip3daycount')).toEqual({ scope: 'zip', period: '3day', measure: 'count' });
    expect(parseVelocityType('cc30daytotal')).toEqual({ scope: 'cc', period: '30day', measure: 'total' });
    expect(parseVelocityType('zip2daycount')).toBeUndefined();
    expect(describeVelocityType('ip1daycount')).toContain('same IP address');
  });

  it('refuses answers it cannot write faithfully', () => {
    expect(catchPaywire(() => buildResponse({ status: 'baddata', offenders: ['a,b'] })).code).toBe(
      ErrorCode.INVALID_ARGUMENT,
    );
    expect(catchPaywire(() => buildResponse({ status: 'approved', extra: { status: 'x' } })).code).toBe(
      ErrorCode.INVALID_ARGUMENT,
    );
    expect(catchPaywire(() => encodeResponse({ status: 'approved', transId: 'a\nb' }, 'tclink')).code).toBe(
      ErrorCode.INVALID_FORMAT,
    );
  });
});
