import { describe, expect, it } from 'vitest';
import { SECTION_TITLE, spliceSection } from '../src/report.js';

const mine = `## ${SECTION_TITLE}\n\nnew figures\n`;

describe('spliceSection', () => {
  it('appends the section at the end when it is missing', () => {
    const doc = '# Results\n\n| micro | table |\n';
    expect(spliceSection(doc, mine)).toBe(`# Results\n\n| micro | table |\n\n${mine}`);
  });

  it('replaces only its own section, keeping what comes before and after', () => {
    const doc = `# Results\n\nmicro table\n\n## ${SECTION_TITLE}\n\nold figures\nmore old\n\n## Profiles\n\nbench notes\n`;
    const out = spliceSection(doc, mine);
    expect(out).toContain('micro table');
    expect(out).toContain('## Profiles\n\nbench notes');
    expect(out).toContain('new figures');
    expect(out).not.toContain('old figures');
    expect(out.indexOf('new figures')).toBeLessThan(out.indexOf('## Profiles'));
  });

  it('creates the document from the section alone', () => {
    expect(spliceSection('', mine)).toBe(mine);
  });
});
