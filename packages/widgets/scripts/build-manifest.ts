// Writes dist/custom-elements.json (the Custom Elements Manifest, schema 2.1) from the
// elements' static metadata (src/elements/*.meta.ts) and the theme token list. Written
// here instead of using @custom-elements-manifest/analyzer, which needs the TypeScript 5
// compiler API and this repository builds with TypeScript 7.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { ElementMeta } from '../src/base/element-meta.js';
import { kpiBreakdownMeta } from '../src/elements/kpi-breakdown.meta.js';
import { kpiCardMeta } from '../src/elements/kpi-card.meta.js';
import { kpiScorecardMeta } from '../src/elements/kpi-scorecard.meta.js';
import { kpiTreeMeta } from '../src/elements/kpi-tree.meta.js';
import { kpiTrendMeta } from '../src/elements/kpi-trend.meta.js';
import { themeTokens } from '../src/theme/theme-tokens.js';

const elements: readonly ElementMeta[] = [
  kpiScorecardMeta,
  kpiCardMeta,
  kpiTrendMeta,
  kpiBreakdownMeta,
  kpiTreeMeta,
];

const cssProperties = themeTokens.map((t) => ({
  name: `--kpi-${t.name}`,
  default: t.dark === undefined ? t.light : `${t.light} (dark: ${t.dark})`,
  description: t.description,
}));

function declaration(meta: ElementMeta) {
  return {
    kind: 'class',
    name: meta.className,
    tagName: meta.tagName,
    customElement: true,
    description: meta.summary,
    superclass: { name: 'KpiElement', module: 'src/base/kpi-element.ts' },
    attributes: meta.attributes
      .filter((a) => !a.propertyOnly)
      .map((a) => ({
        name: a.name,
        type: { text: a.type },
        description: a.description,
        fieldName: a.property ?? a.name,
      })),
    members: meta.attributes.map((a) => ({
      kind: 'field',
      name: a.property ?? a.name,
      type: { text: a.type },
      description: a.description,
      privacy: 'public',
      ...(a.propertyOnly ? {} : { attribute: a.name }),
    })),
    events: meta.events.map((e) => ({ name: e.name, type: { text: e.type }, description: e.description })),
    cssParts: meta.parts,
    ...(meta.slots ? { slots: meta.slots } : {}),
    cssProperties,
  };
}

const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: elements.map((meta) => ({
    kind: 'javascript-module',
    path: meta.module,
    declarations: [declaration(meta)],
    exports: [
      { kind: 'js', name: meta.className, declaration: { name: meta.className, module: meta.module } },
      {
        kind: 'custom-element-definition',
        name: meta.tagName,
        declaration: { name: meta.className, module: meta.module },
      },
    ],
  })),
};

const out = new URL('../dist/custom-elements.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`custom-elements.json: ${elements.length} elements, ${cssProperties.length} CSS properties`);
