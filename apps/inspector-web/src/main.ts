/** Wires the page: the packet box, the notation / kind / example menus, and the result area. */

import { toHex } from '@paywire/core';
import { inspectPacket } from './inspect.js';
import { examples, registry } from './kinds.js';
import { NOTATION_LABELS, NOTATIONS, type Notation } from './notation.js';
import { h, renderResult } from './view.js';

/** Largest paste the page inspects (far beyond any record; keeps a stray paste from freezing the tab). */
const MAX_INPUT = 1 << 20;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`inspector: #${id} missing from index.html`);
  return el as T;
}

const packet = byId<HTMLTextAreaElement>('packet');
const notation = byId<HTMLSelectElement>('notation');
const kind = byId<HTMLSelectElement>('kind');
const example = byId<HTMLSelectElement>('example');
const output = byId<HTMLElement>('output');

notation.append(
  h('option', { value: 'auto' }, 'auto-detect'),
  ...NOTATIONS.map((n) => h('option', { value: n }, NOTATION_LABELS[n])),
);
kind.append(
  h('option', { value: 'auto' }, 'auto-detect (highest score)'),
  ...registry.map((k) => h('option', { value: k.name, title: k.description }, k.name)),
);
example.append(
  h('option', { value: '' }, `— load one of ${examples.length} examples —`),
  ...registry
    .filter((k) => (k.examples ?? []).length > 0)
    .map((k) =>
      h(
        'optgroup',
        { label: k.name },
        ...examples.filter((e) => e.kind === k).map((e) => h('option', { value: e.id }, e.name)),
      ),
    ),
);

function update(): void {
  const text = packet.value;
  if (text.trim() === '') {
    output.replaceChildren(
      h('p', { class: 'hint' }, 'Paste a packet above, or load an example. Nothing leaves this page.'),
    );
    return;
  }
  if (text.length > MAX_INPUT) {
    output.replaceChildren(h('p', { class: 'hint bad' }, `Input larger than ${MAX_INPUT} characters.`));
    return;
  }
  const result = inspectPacket(text, { notation: notation.value as Notation | 'auto', kind: kind.value });
  output.replaceChildren(renderResult(result));
}

example.addEventListener('change', () => {
  const chosen = examples.find((e) => e.id === example.value);
  if (!chosen) return;
  // Examples go into the box as hex, so the page never writes readable card data itself.
  packet.value = toHex(chosen.bytes).replace(/(.{2})(?=.)/g, '$1 ');
  notation.value = 'auto';
  kind.value = 'auto';
  update();
});
packet.addEventListener('input', () => {
  example.value = '';
  update();
});
notation.addEventListener('change', update);
kind.addEventListener('change', update);
byId<HTMLButtonElement>('clear').addEventListener('click', () => {
  packet.value = '';
  example.value = '';
  update();
  packet.focus();
});

update();
