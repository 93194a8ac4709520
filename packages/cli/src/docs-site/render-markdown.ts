import { printExpr } from '@nyckeltal/spec';
import type { SiteData } from './collect-site-data.js';
import { categoryNames, levelNames, levelOrder } from './html.js';
import type { SiteFile } from './render-pages.js';

/**
 * The catalog as markdown (for a wiki or the repository): `markdown/README.md` with the
 * index by category and level, and `markdown/<id>.md` per KPI. Text is escaped for tables.
 *
 * @example
 * renderMarkdown(data).map((f) => f.path); // ['markdown/README.md', 'markdown/itsm.mttr.md', …]
 */
export function renderMarkdown(data: SiteData): SiteFile[] {
  const index = [`# ${md(data.project.settings.name)}: KPI catalog`, ''];
  for (const category of [...new Set(data.pages.map((p) => p.kpi.category))].sort()) {
    index.push(`## ${categoryNames[category] ?? category}`, '');
    for (const level of levelOrder) {
      const pages = data.pages.filter((p) => p.kpi.category === category && p.kpi.level === level);
      if (pages.length === 0) continue;
      index.push(`### ${levelNames[level]}`, '', '| KPI | Owner | Unit |', '| --- | --- | --- |');
      for (const { kpi } of pages)
        index.push(
          `| [${md(kpi.title.en)}](${kpi.id}.md) \`${kpi.id}\` | ${md(kpi.owner.name)} | ${md(kpi.unit)} |`,
        );
      index.push('');
    }
  }
  const pages = data.pages.map(({ kpi, supportedBy, sql, history, file }) => {
    const lines = [
      `# ${md(kpi.title.en)}`,
      '',
      kpi.title.sv ? `*${md(kpi.title.sv)}* · ` : '',
      `\`${kpi.id}\` · version ${kpi.version} · ${levelNames[kpi.level]} · ${kpi.direction} is better`,
      '',
      md(kpi.description),
      '',
      `- **Owner:** ${md(kpi.owner.name)}${kpi.owner.team ? ` (${md(kpi.owner.team)})` : ''}`,
      `- **Unit:** ${md(kpi.unit)}`,
      `- **Source:** \`${kpi.source}\`, time field \`${kpi.time}\``,
      `- **Supports:** ${kpi.supports.map((id) => `[${id}](${id}.md)`).join(', ') || '—'}`,
      `- **Supported by:** ${supportedBy.map((id) => `[${id}](${id}.md)`).join(', ') || '—'}`,
      kpi.influence ? `- **Influence:** ${kpi.influence}` : '',
      `- **Defined in:** \`${file}\``,
      '',
      '## Measure',
      '',
      '```',
      printExpr(kpi.measure.ast),
      ...(kpi.where ? ['```', '', 'Filter:', '', '```', printExpr(kpi.where.ast)] : []),
      '```',
      '',
      '## Targets',
      '',
      ...kpi.targets.map(
        (t) => `- ${t.value} (${t.from ?? 'always'} – ${t.until ?? 'until further notice'})`,
      ),
      kpi.thresholds ? `- Thresholds: green ${kpi.thresholds.green}, amber ${kpi.thresholds.amber}` : '',
      '',
    ];
    if (sql) lines.push('## Generated SQL', '', '```sql', sql.trimEnd(), '```', '');
    lines.push('## Change history', '');
    if (history.length === 0) lines.push('Not committed to git yet.');
    else {
      lines.push('| Version | Date | Change |', '| --- | --- | --- |');
      for (const h of history) lines.push(`| ${h.version ?? '—'} | ${h.date} | ${md(h.subject)} |`);
    }
    return {
      path: `markdown/${kpi.id}.md`,
      text: `${lines.filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n')}\n`,
    };
  });
  return [{ path: 'markdown/README.md', text: `${index.join('\n')}\n` }, ...pages];
}

/** Markdown-safe text: HTML characters and table pipes escaped, one line. */
function md(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
