import '@nyckeltal/widgets';
import type { Snapshot } from '@nyckeltal/spec';

const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'sv'] as const;

function widget(tag: string, snapshot: Snapshot, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data?: Snapshot };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = snapshot;
  return el;
}

function section(
  snapshot: Snapshot,
  theme: (typeof THEMES)[number],
  lang: (typeof LANGS)[number],
): HTMLElement {
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
  if (withBreakdown)
    box.append(
      label('kpi-breakdown'),
      widget('kpi-breakdown', snapshot, { ...common, kpi: withBreakdown.id }),
    );
  box.append(label('kpi-tree'), widget('kpi-tree', snapshot, common));
  return box;
}

function label(tag: string): HTMLElement {
  const h = document.createElement('h3');
  h.textContent = `<${tag}>`;
  return h;
}

/** Every widget, in both themes and both languages, over the demo snapshot picked. */
async function show(id: string): Promise<void> {
  const root = document.getElementById('gallery')!;
  delete root.dataset.ready;
  const snapshot = (await (await fetch(`snapshots/${id}.json`)).json()) as Snapshot;
  root.replaceChildren(...THEMES.flatMap((theme) => LANGS.map((lang) => section(snapshot, theme, lang))));
  root.dataset.ready = id;
}

async function main(): Promise<void> {
  const picker = document.getElementById('snapshot-picker') as HTMLSelectElement;
  const ids = (await (await fetch('snapshots/index.json')).json()) as string[];
  for (const id of ids) picker.add(new Option(id, id, id === 'service-desk', id === 'service-desk'));
  picker.addEventListener('change', () => void show(picker.value));
  await show(picker.value);
}

void main();
