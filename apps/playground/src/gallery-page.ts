import '@nyckeltal/widgets';
import type { Snapshot } from '@nyckeltal/spec';

const SNAPSHOTS = ['snapshots/service-desk.json'];
const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'sv'] as const;

function widget(tag: string, snapshot: Snapshot, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data?: Snapshot };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = snapshot;
  return el;
}

function section(snapshot: Snapshot, theme: (typeof THEMES)[number], lang: (typeof LANGS)[number]): HTMLElement {
  const box = document.createElement('section');
  box.className = `gallery-cell theme-${theme}`;
  box.lang = lang;
  box.dataset.theme = theme;
  const heading = document.createElement('h2');
  heading.textContent = `${snapshot.scorecard.title[lang] ?? snapshot.scorecard.id} · ${theme} · ${lang}`;
  box.append(heading);
  const first = snapshot.kpis[0];
  const withBreakdown = snapshot.kpis.find((k) => Object.keys(k.breakdowns ?? {}).length > 0);
  const common = { theme, lang };
  box.append(widget('kpi-scorecard', snapshot, common));
  if (first) {
    box.append(label('kpi-card'), widget('kpi-card', snapshot, { ...common, kpi: first.id }));
    box.append(label('kpi-trend'), widget('kpi-trend', snapshot, { ...common, kpi: first.id }));
  }
  if (withBreakdown) box.append(label('kpi-breakdown'), widget('kpi-breakdown', snapshot, { ...common, kpi: withBreakdown.id }));
  box.append(label('kpi-tree'), widget('kpi-tree', snapshot, common));
  return box;
}

function label(tag: string): HTMLElement {
  const h = document.createElement('h3');
  h.textContent = `<${tag}>`;
  return h;
}

/** Every widget, in both themes and both languages, over each demo snapshot. */
async function main(): Promise<void> {
  const root = document.getElementById('gallery')!;
  for (const url of SNAPSHOTS) {
    const snapshot = (await (await fetch(url)).json()) as Snapshot;
    for (const theme of THEMES) for (const lang of LANGS) root.append(section(snapshot, theme, lang));
  }
  root.dataset.ready = 'true';
}

void main();
