import { type KpiModel, printExpr } from '@nyckeltal/spec';
import type { KpiPageData, SiteData } from './collect-site-data.js';
import {
  categoryNames,
  esc,
  kpiFile,
  type LayoutInput,
  layout,
  levelNames,
  levelOrder,
  scriptJson,
} from './html.js';

/** A rendered file of the site: path relative to the output folder, and its text. */
export interface SiteFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The HTML pages of the catalog: index (by category and level), the KPI tree, and one page
 * per KPI. Pure: everything comes from `data`.
 *
 * @example
 * renderPages(data).map((f) => f.path); // ['index.html', 'tree.html', 'kpi/itsm.mttr.html', …]
 */
export function renderPages(data: SiteData): SiteFile[] {
  const projectName = data.project.settings.name;
  const nav = navOf(data);
  const frame = (
    root: string,
    active: LayoutInput['active'],
    title: string,
    body: string,
    current?: string,
  ) => layout({ title, projectName, root, active, body, nav, ...(current ? { current } : {}) });
  return [
    { path: 'index.html', text: frame('', 'index', 'Catalog', indexBody(data)) },
    { path: 'tree.html', text: frame('', 'tree', 'KPI tree', treeBody(data)) },
    ...data.pages.map((page) => ({
      path: `kpi/${kpiFile(page.kpi.id)}`,
      text: frame('../', 'kpi', page.kpi.title.en, kpiBody(page), page.kpi.id),
    })),
  ];
}

function navOf(data: SiteData): LayoutInput['nav'] {
  const categories = [...new Set(data.pages.map((p) => p.kpi.category))].sort();
  return categories.map((category) => ({
    category,
    kpis: data.pages
      .filter((p) => p.kpi.category === category)
      .map((p) => ({ id: p.kpi.id, title: p.kpi.title.en })),
  }));
}

const link = (root: string, id: string, title?: string) =>
  `<a href="${root}${esc(kpiFile(id))}">${esc(title ?? id)}</a>`;

function indexBody(data: SiteData): string {
  const out = [
    `<h1>${esc(data.project.settings.name)}</h1>`,
    `<p class="lead">${data.pages.length} KPIs, ${data.project.scorecards.size} scorecards. Each KPI has an owner, a measure over a declared source, and targets; its page shows the SQL it runs and how it changed.</p>`,
  ];
  for (const category of [...new Set(data.pages.map((p) => p.kpi.category))].sort()) {
    out.push(`<section><h2>${esc(categoryNames[category] ?? category)}</h2>`);
    for (const level of levelOrder) {
      const pages = data.pages.filter((p) => p.kpi.category === category && p.kpi.level === level);
      if (pages.length === 0) continue;
      out.push(
        `<h3>${esc(levelNames[level])}</h3><table class="list"><thead><tr><th>KPI</th><th>Owner</th><th>Unit</th><th>Target</th></tr></thead><tbody>`,
        ...pages.map(
          ({ kpi }) =>
            `<tr><td>${link('kpi/', kpi.id, kpi.title.en)}<div class="sub">${esc(kpi.title.sv ?? '')} · <code>${esc(kpi.id)}</code></div></td><td>${esc(kpi.owner.name)}</td><td>${esc(kpi.unit)}</td><td>${esc(targetText(kpi))}</td></tr>`,
        ),
        '</tbody></table>',
      );
    }
    out.push('</section>');
  }
  return out.join('\n');
}

function treeBody(data: SiteData): string {
  const byId = new Map(data.pages.map((p) => [p.kpi.id, p]));
  const roots = data.pages.filter((p) => p.kpi.supports.every((s) => !byId.has(s)));
  const branch = (page: KpiPageData, seen: ReadonlySet<string>): string => {
    const children = page.supportedBy
      .filter((id) => !seen.has(id))
      .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    const next = new Set([...seen, page.kpi.id]);
    const label = `${link('kpi/', page.kpi.id, page.kpi.title.en)} <span class="tag">${esc(levelNames[page.kpi.level])}</span>`;
    return `<li>${label}${children.length > 0 ? `<ul>${children.map((c) => branch(c, next)).join('')}</ul>` : ''}</li>`;
  };
  return [
    '<h1>KPI tree</h1>',
    '<p class="lead">Outcome KPIs at the top; under each, the KPIs that say they support it (<code>supports:</code>).</p>',
    `<ul class="tree">${roots.map((r) => branch(r, new Set())).join('')}</ul>`,
  ].join('\n');
}

function kpiBody(page: KpiPageData): string {
  const { kpi } = page;
  const row = (label: string, value: string) => (value ? `<dt>${label}</dt><dd>${value}</dd>` : '');
  const owner = `${esc(kpi.owner.name)}${kpi.owner.team ? ` · ${esc(kpi.owner.team)}` : ''}${kpi.owner.email ? ` · <a href="mailto:${esc(kpi.owner.email)}">${esc(kpi.owner.email)}</a>` : ''}`;
  const out = [
    `<p class="crumbs"><a href="../index.html">Catalog</a> / ${esc(categoryNames[kpi.category] ?? kpi.category)}</p>`,
    `<h1>${esc(kpi.title.en)}</h1>`,
    kpi.title.sv ? `<p class="alt" lang="sv">${esc(kpi.title.sv)}</p>` : '',
    `<p class="badges"><code>${esc(kpi.id)}</code> <span class="tag">version ${kpi.version}</span> <span class="tag">${esc(levelNames[kpi.level])}</span> <span class="tag">${kpi.direction === 'higher' ? 'higher is better' : 'lower is better'}</span></p>`,
    `<p class="lead">${esc(kpi.description)}</p>`,
    `<dl class="facts">${row('Owner', owner)}${row('Unit', esc(kpi.unit))}${row('Source', `<code>${esc(kpi.source)}</code>`)}${row('Time field', `<code>${esc(kpi.time)}</code>`)}${row('Review', esc(kpi.review))}${row('Influence', esc(kpi.influence))}${row('Minimum sample', String(kpi.minSample))}${row('Breakdowns', esc(kpi.breakdowns.join(', ')))}${row('Scorecards', esc(page.scorecards.join(', ')))}${row('Defined in', `<code>${esc(page.file)}</code>`)}</dl>`,
    '<h2>Measure</h2>',
    `<pre class="measure"><code>${esc(printExpr(kpi.measure.ast))}</code></pre>`,
    kpi.where
      ? `<h3>Filter</h3><pre class="measure"><code>${esc(printExpr(kpi.where.ast))}</code></pre>`
      : '',
    '<h2>Targets and thresholds</h2>',
    targetsHtml(kpi),
  ];
  if (page.snapshot) out.push(trendHtml(page));
  out.push(
    '<h2>Place in the KPI tree</h2>',
    `<dl class="facts">${row('Supports', page.kpi.supports.map((id) => link('', id)).join(', ') || '—')}${row('Supported by', page.supportedBy.map((id) => link('', id)).join(', ') || '—')}</dl>`,
  );
  if (page.sql)
    out.push(
      '<h2>Generated SQL</h2>',
      '<p class="sub">Monthly, as <code>kpi compile</code> prints it.</p>',
      `<pre class="sql"><code>${esc(page.sql)}</code></pre>`,
    );
  out.push('<h2>Change history</h2>', historyHtml(page));
  return out.filter((s) => s !== '').join('\n');
}

function targetText(kpi: KpiModel): string {
  const current = kpi.targets.at(-1);
  return current ? `${kpi.direction === 'lower' ? '≤' : '≥'} ${current.value}` : '—';
}

function targetsHtml(kpi: KpiModel): string {
  const rows = kpi.targets.map(
    (t) =>
      `<tr><td>${esc(t.value)}</td><td>${esc(t.from ?? 'always')}</td><td>${esc(t.until ?? 'until further notice')}</td></tr>`,
  );
  const targets =
    rows.length > 0
      ? `<table class="list"><thead><tr><th>Target</th><th>From</th><th>Until</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '<p>No target yet.</p>';
  const t = kpi.thresholds;
  const cmp = kpi.direction === 'lower' ? '≤' : '≥';
  const bands = t
    ? `<p class="bands"><span class="band green">green ${cmp} ${esc(t.green)}</span> <span class="band amber">amber ${cmp} ${esc(t.amber)}</span> <span class="band red">red otherwise</span></p>`
    : '';
  const baseline = kpi.baseline
    ? `<p>Baseline: ${esc(kpi.baseline.value)} (${esc(kpi.baseline.period)})</p>`
    : '';
  return targets + bands + baseline;
}

function trendHtml(page: KpiPageData): string {
  const snapshot = page.snapshot!;
  const kpi = snapshot.kpis[0]!;
  const id = `snapshot-${page.kpi.id.replace(/[^a-z0-9-]/g, '-')}`;
  const rows = kpi.series.map(
    (p) =>
      `<tr><td>${esc(p.period)}</td><td>${esc(p.value === null ? '—' : Math.round(p.value * 100) / 100)}</td><td>${esc(p.sample)}</td></tr>`,
  );
  return [
    `<h2>Trend</h2>`,
    `<p class="sub">From the snapshot of scorecard <code>${esc(snapshot.scorecard.id)}</code>, built ${esc(snapshot.built_at)}.</p>`,
    `<script type="application/json" id="${id}">${scriptJson(snapshot)}</script>`,
    `<kpi-trend kpi="${esc(page.kpi.id)}" data-snapshot="${id}"></kpi-trend>`,
    `<details class="values"><summary>Values</summary><table class="list"><thead><tr><th>Period</th><th>Value</th><th>Sample</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
  ].join('\n');
}

function historyHtml(page: KpiPageData): string {
  if (page.history.length === 0) return '<p>No history: the definition is not committed to git yet.</p>';
  const rows = page.history.map(
    (h) =>
      `<tr><td>${esc(h.version ?? '—')}</td><td>${esc(h.date)}</td><td>${esc(h.subject)}</td><td><code>${esc(h.commit.slice(0, 7))}</code></td></tr>`,
  );
  return `<table class="list"><thead><tr><th>Version</th><th>Date</th><th>Change</th><th>Commit</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
