// Sample packets for the CLI and the inspector: a two-detail retail batch built with this package's
// batch builder (test merchant of the notes), and batch responses laid out as in EIS 1081 T5.24-T5.26.

import { frame, fromEscaped } from '@paywire/core';

export const settlementRequestExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'retail batch, two swiped sales',
    bytes: fromEscaped(
      '<STX>K1.ZH@@@@99999500000000000099999999991100119911QR8400070509110010<ETB>X<STX>K1.ZP@@@@84085284    5999PAYWIRE TEST STORE       TEMPE        AZ0000100000001<ETB><NUL><STX>K1.ZD@@@@54@D4012000010000         YA500140012345606051245550012345678901234AB12 000000000013500000000013500<ETB>u<STX>K1.ZD@@@@54@D4123459999992349      YA500150012345606051245550012345678901234AB12 000000000008800000000008800<ETB>k<STX>K1.ZT@@@@0911001000000005000000000002230000000000000000000000000000022300<ETX>T',
    ),
  },
];

export const settlementResponseExamples: readonly { name: string; bytes: Uint8Array }[] = [
  {
    name: 'GB batch accepted',
    bytes: frame(fromEscaped('K1.ZR@@@@0000000050000000000022300GB00109_ACCEPTED                ')),
  },
  {
    name: 'RB batch rejected, pointing at a detail field',
    bytes: frame(
      fromEscaped('K1.ZR@@@@0000000030000000000000000RB00109E0003D24000000000001500                 '),
    ),
  },
  {
    name: 'QD duplicate batch',
    bytes: frame(fromEscaped('K1.ZR@@@@0000000020000000000000000QD001090911                     ')),
  },
];
