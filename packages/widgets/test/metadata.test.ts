import { describe, expect, test } from 'vitest';
import '../src/index.js';
import readme from '../README.md?raw';
import { KpiBreakdown, KpiCard, KpiScorecard, KpiTree, KpiTrend, themeTokens } from '../src/index.js';
import { mount, serviceDeskSnapshot } from './render-helpers.js';

const classes = [KpiScorecard, KpiCard, KpiTrend, KpiBreakdown, KpiTree];

describe('element metadata (custom-elements.json source)', () => {
  for (const element of classes) {
    test(`${element.meta.tagName} declares exactly the attributes the element observes`, () => {
      const declared = element.meta.attributes.filter((a) => !a.propertyOnly).map((a) => a.name);
      expect([...element.observedAttributes].sort()).toEqual([...declared].sort());
      expect(customElements.get(element.meta.tagName)).toBe(element);
    });

    test(`${element.meta.tagName}: every attribute, part, slot and event is in the README`, () => {
      const section = readme.slice(readme.indexOf(`### \`<${element.meta.tagName}>\``));
      for (const a of element.meta.attributes) expect(section, a.name).toContain(`\`${a.name}\``);
      for (const p of element.meta.parts) expect(section, p.name).toContain(`\`${p.name}\``);
      for (const e of element.meta.events) expect(readme).toContain(`\`${e.name}\``);
      for (const s of element.meta.slots ?? []) expect(section, s.name).toContain(`\`${s.name}\``);
    });

    test(`${element.meta.tagName} renders exactly the named slots it declares`, async () => {
      const el = await mount<HTMLElement>(
        `<${element.meta.tagName} lang="en"></${element.meta.tagName}>`,
        (e) => {
          (e as HTMLElement & { data: unknown }).data = serviceDeskSnapshot();
        },
      );
      const rendered = [...el.shadowRoot!.querySelectorAll('slot')].map((s) => s.name);
      expect(rendered.sort()).toEqual((element.meta.slots ?? []).map((s) => s.name).sort());
    });
  }

  test('every --kpi-* property is in the README', () => {
    for (const t of themeTokens) expect(readme).toContain(`\`--kpi-${t.name}\``);
  });
});
