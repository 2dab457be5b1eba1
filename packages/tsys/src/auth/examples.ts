// Sample packets for the CLI and the inspector: the public TSYS test-host captures and request
// strings from the notes (tsys-wire.md §8.1-8.3), framed with STX..ETX and their LRC.

import { frame, fromEscaped } from '@paywire/core';

function framed(list: readonly { name: string; record: string }[]) {
  return list.map((e) => ({ name: e.name, bytes: frame(fromEscaped(e.record)) }));
}

export const authRequestExamples: readonly { name: string; bytes: Uint8Array }[] = framed([
  {
    name: 'credit swipe track 2, retail (8.1)',
    record:
      'D4.99999599999999991100119911QR84084020165    007055999Y001454@D4012000010000=1512101000158<FS><FS><FS>13500<FS><FS><FS>VisaNet Merchant         Sterling     VA<FS><FS><FS>020000136B248<FS><FS>',
  },
  {
    name: 'credit swipe with many Group III records (8.2 tsysauths2.dat)',
    record:
      'D4.99999599999999991100119911QR84084022030    007055999Y000154ZD4123459999992349=990999999999999999<FS><FS><FS>000000008800<FS><FS><FS>IKEA STORE               FAIRFAX      VA<FS><FS><FS>001!010<GS>020000136B248<FS><FS><GS>02230<FS>02<FS>840<FS>C<FS>000000000500<FS>30<FS>02<FS>840<FS>C<FS>000000000700<FS>30<FS>02<FS>840<FS>C<FS>000000000900<FS>30<FS>02<FS>840<FS>C<FS>000000001100<FS><GS>0211EB2C1772D<GS>025D00000150<FS><GS>027H11101C13336<GS>032<GS>034<GS>040<GS>046<GS>061',
  },
  {
    name: 'keyed credit with AVS ZIP and CVV2 (8.3)',
    record:
      'D4.99999599999999991100119911QR84084022030    007055999Y000154MT4219876128293505<FS>1215<FS><FS>85284<FS><FS>000000008800<FS><FS><FS>IKEA STORE               FAIRFAX      VA<FS><FS><FS>001!010<GS>00711 999<GS>020000136B248<FS><FS>',
  },
  {
    name: 'debit T with PIN block, Group II (8.3)',
    record:
      'T4.99999588800000083559991515QR84084020165    007055999N216593KD9999999999999999=9999101000001<FS>00000000000000004A00000000000000<FS><FS>1000<FS>0<FS><FS>CTC TESTING - RETAIL     Sterling     VA<FS><FS>      090814173222425163142282<FS>142282 <FS>V5<FS>1234567891324<FS>000000112233207Z<FS>020000136B290<FS><FS><GS>034',
  },
]);

export const authResponseExamples: readonly { name: string; bytes: Uint8Array }[] = framed([
  {
    name: 'credit approval (8.1 #1)',
    record:
      'E4.E001199115001400TAS682082014131243APPROVAL TAS682 0423217502302 000000008705348<FS>S40U<FS>020',
  },
  {
    name: 'credit approval with many Group III records (8.2)',
    record:
      'E4.N001199115000100TAS131111414155234APPROVAL TAS131 0431820501497 000000000579293<FS>5A58<FS>0010<GS>020<GS>02230<FS>02<FS>840<FS>C<FS>000000000500<FS>30<FS>02<FS>840<FS>C<FS>000000000700<FS>30<FS>02<FS>840<FS>C<FS>000000000900<FS>30<FS>02<FS>840<FS>C<FS>000000001100<FS><GS>021<GS>025<GS>027<GS>032<FS><FS><FS><FS>840<FS><FS><FS><FS><FS><FS><GS>034A <FS><GS>040<FS><GS>046VISA<FS><GS>061<FS>',
  },
  {
    name: 'debit approval U with Group II (8.3)',
    record:
      'U4.N599915155216500TAS384090814173223APPROVAL TAS384 0425163142282 000000000214534<FS>    <FS>999995        14228250908<FS>020<GS>034A <FS>',
  },
]);
