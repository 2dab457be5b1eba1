/**
 * Renders an `InspectResult` into DOM nodes. Text goes in through `textContent` only, so a packet
 * can never inject markup; every text is already masked by `inspectPacket`.
 */

import { type FramingReport, hexByte } from './framing.js';
import type { FieldRow, InspectError, InspectResult } from './inspect.js';
import { NOTATION_LABELS } from './notation.js';

type Child = Node | string | null | undefined | false;

export function h(
  tag: string,
  attrs: Readonly<Record<string, string>> = {},
  ...children: readonly Child[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

function renderSummary(r: InspectResult): HTMLElement {
  const items: Child[] = [
    h(
      'div',
      { class: 'fact' },
      h('span', { class: 'k' }, 'notation'),
      h('span', { id: 'detected-notation', 'data-notation': r.notation }, NOTATION_LABELS[r.notation]),
      h('span', { class: 'note' }, r.notationAuto ? ' (auto-detected)' : ' (chosen)'),
    ),
  ];
  if (r.size !== undefined)
    items.push(
      h(
        'div',
        { class: 'fact' },
        h('span', { class: 'k' }, 'size'),
        h('span', { id: 'size' }, `${r.size} bytes`),
      ),
    );
  if (r.kind) {
    const score = r.scores.find((s) => s.kind === r.kind)?.score;
    items.push(
      h(
        'div',
        { class: 'fact' },
        h('span', { class: 'k' }, 'kind'),
        h('span', { id: 'detected-kind', 'data-kind': r.kind.name }, r.kind.name),
        h(
          'span',
          { class: 'note' },
          r.kindAuto
            ? ` (detected, score ${score ?? 0})`
            : ` (chosen${score ? `, detector score ${score}` : ''})`,
        ),
      ),
      h(
        'div',
        { class: 'fact wide' },
        h('span', { class: 'k' }, 'format'),
        h('span', {}, `${r.kind.description} — ${r.kind.package}`),
      ),
    );
  }
  const others = r.scores.filter((s) => s.kind !== r.kind);
  if (others.length > 0)
    items.push(
      h(
        'div',
        { class: 'fact wide' },
        h('span', { class: 'k' }, 'also matched'),
        h('span', {}, others.map((s) => `${s.kind.name} (${s.score})`).join(', ')),
      ),
    );
  if (r.roundTrip !== undefined)
    items.push(
      h(
        'div',
        { class: 'fact' },
        h('span', { class: 'k' }, 're-encode'),
        h(
          'span',
          {
            id: 'round-trip',
            class: r.roundTrip ? 'good' : 'bad',
            'data-status': r.roundTrip ? 'ok' : 'differs',
          },
          r.roundTrip ? '✓ identical bytes' : '✗ the decoded value encodes to different bytes',
        ),
      ),
    );
  return h('div', { id: 'summary', class: 'summary' }, ...items);
}

function renderFraming(f: FramingReport): HTMLElement {
  const heads: Record<FramingReport['status'], string> = {
    ok: '✓ LRC check passed',
    mismatch: '✗ LRC check failed',
    absent: '– no LRC byte after ETX (this format makes it optional)',
    unframed: '✗ not a framed record',
  };
  const cls = f.status === 'ok' ? 'good' : f.status === 'absent' ? 'neutral' : 'bad';
  const lines = f.records.map((rec, i) =>
    h(
      'li',
      { 'data-status': rec.status },
      `record ${i + 1}: STX at ${rec.start}, ${rec.end} at ${rec.endOffset}, `,
      rec.received === undefined
        ? `no LRC byte (computed ${hexByte(rec.computed)})`
        : rec.status === 'ok'
          ? `LRC ${hexByte(rec.received)} = computed ${hexByte(rec.computed)}`
          : `LRC ${hexByte(rec.received)} ≠ computed ${hexByte(rec.computed)}`,
    ),
  );
  return h(
    'section',
    { id: 'framing', class: `panel ${cls}`, 'data-status': f.status },
    h('h2', {}, 'Framing'),
    h('p', { id: 'lrc-status', class: cls }, heads[f.status]),
    f.parity ? h('p', { class: 'note' }, 'Even parity detected: checked after stripping bit 7.') : null,
    lines.length > 0 ? h('ul', {}, ...lines) : null,
    f.problem ? h('p', { class: 'note' }, f.problem) : null,
  );
}

function renderError(e: InspectError): HTMLElement {
  const facts: [string, string | undefined][] = [
    ['code', String(e.code)],
    ['name', e.name],
    ['family', e.family],
    ['field', e.field],
    ['offset', e.offset === undefined ? undefined : String(e.offset)],
    ['expected', e.expected],
    ['actual', e.actual],
  ];
  return h(
    'section',
    { id: 'error', class: 'panel bad', role: 'alert', 'data-code': String(e.code), 'data-name': e.name },
    h('h2', {}, `Error ${e.code} ${e.name}`),
    h('p', { class: 'message' }, e.message),
    h(
      'dl',
      {},
      ...facts
        .filter(([, v]) => v !== undefined && v !== '')
        .flatMap(([k, v]) => [h('dt', {}, k), h('dd', { 'data-fact': k }, v as string)]),
    ),
  );
}

function renderRow(row: FieldRow): HTMLElement {
  const field = h(
    'td',
    { class: 'field', title: row.path },
    row.label,
    row.sensitive ? h('span', { class: 'tag', title: `masked: ${row.sensitive}` }, row.sensitive) : null,
    row.spec ? h('span', { class: 'spec' }, row.spec) : null,
  );
  // Through the CSSOM, not a style attribute: the built page's CSP allows no inline styles.
  field.style.paddingLeft = `${0.5 + row.depth * 1.25}rem`;
  return h(
    'tr',
    { 'data-path': row.path, class: row.composite ? 'composite' : row.sensitive ? 'sensitive' : '' },
    h('td', { class: 'num' }, String(row.offset)),
    h('td', { class: 'num' }, String(row.length)),
    field,
    h(
      'td',
      { class: 'raw' },
      h('code', {}, row.raw),
      row.terminator ? h('span', { class: 'term' }, row.terminator) : null,
    ),
    h('td', { class: 'value' }, row.value),
    h('td', { class: 'meaning' }, row.meaning),
  );
}

function renderTable(rows: readonly FieldRow[]): HTMLElement {
  return h(
    'section',
    { class: 'panel' },
    h('h2', {}, `Fields (${rows.length})`),
    h(
      'table',
      { id: 'fields' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { class: 'num' }, 'offset'),
          h('th', { class: 'num' }, 'length'),
          h('th', {}, 'field'),
          h('th', {}, 'raw'),
          h('th', {}, 'value'),
          h('th', {}, 'meaning'),
        ),
      ),
      h('tbody', {}, ...rows.map(renderRow)),
    ),
  );
}

export function renderResult(r: InspectResult): HTMLElement {
  return h(
    'div',
    { class: 'result' },
    renderSummary(r),
    r.error ? renderError(r.error) : null,
    r.framing ? renderFraming(r.framing) : null,
    r.rows.length > 0 ? renderTable(r.rows) : null,
    r.json
      ? h(
          'details',
          { class: 'panel' },
          h('summary', {}, 'Decoded value (card data masked)'),
          h('pre', { id: 'json' }, r.json),
        )
      : null,
  );
}
