import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { defineCommand } from '../command-spec.js';
import { collectSiteData } from '../docs-site/collect-site-data.js';
import { writeSite } from '../docs-site/write-site.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { projectOption } from './shared-options.js';

/**
 * `kpi docs`: writes the KPI catalog as a static site (plain HTML and CSS, opens from disk
 * or any web server) plus markdown: an index by category and level, the KPI tree and a
 * page per KPI with its SQL, targets, place in the tree, change history from git and,
 * when `kpi build` has written a snapshot, its trend.
 *
 * @example
 * // pnpm kpi docs --project kpis --out build/docs && open build/docs/index.html
 */
export const docs = defineCommand({
  name: 'docs',
  summary: {
    en: 'Write the KPI catalog as a static documentation site',
    sv: 'Skriv KPI-katalogen som en statisk dokumentationswebbplats',
  },
  usage: 'kpi docs [--project <dir>] [--out <dir>]',
  options: {
    project: projectOption,
    out: {
      type: 'string',
      valueName: 'dir',
      description: {
        en: 'Where to write the site (default: build/docs in the project folder)',
        sv: 'Var webbplatsen skrivs (standard: build/docs i projektmappen)',
      },
    },
  },
  async run(args, ctx) {
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const out =
      args.values.out !== undefined
        ? resolve(ctx.io.cwd, args.values.out)
        : join(project.root, 'build', 'docs');
    const rel = relative(ctx.io.cwd, out).split(sep).join('/') || '.';
    const shown = rel.startsWith('..') ? out : rel;
    // writeSite swaps the whole folder: never let that take the project or someone's files.
    const toProject = relative(out, resolve(project.root));
    const outside = toProject === '..' || toProject.startsWith(`..${sep}`) || isAbsolute(toProject);
    if (!outside) throw new UsageError(ctx.t('docs.outHoldsProject', { dir: shown }), 'docs');
    if (!replaceable(out)) throw new UsageError(ctx.t('docs.outNotCatalog', { dir: shown }), 'docs');
    const result = await writeSite(await collectSiteData(project.model), out);
    if (!result.widgets) ctx.io.stderr(`${ctx.t('docs.noWidgets')}\n`);
    ctx.io.stdout(
      `${ctx.t('docs.written', { dir: shown, n: project.model.kpis.size, index: `${shown}/index.html` })}\n`,
    );
    return ExitCode.Clean;
  },
});

/** A folder kpi docs may replace: missing, empty, or a catalog it wrote (index.html and assets/site.js). */
function replaceable(dir: string): boolean {
  if (!existsSync(dir)) return true;
  if (!statSync(dir).isDirectory()) return false;
  if (readdirSync(dir).length === 0) return true;
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets', 'site.js'));
}
