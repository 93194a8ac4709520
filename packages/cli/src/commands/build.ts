import { resolve } from 'node:path';
import { buildSnapshots } from '@nyckeltal/engine';
import { defineCommand } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { formatSnapshotIssues } from '../format/format-snapshot.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { distinctIssues, locateIssue } from '../project/locate-issue.js';
import { projectOption } from './shared-options.js';

/**
 * `kpi build [--out dir]`: computes every scorecard and writes one snapshot per
 * scorecard plus index.json, all or nothing (a failed build leaves the previous set).
 * Exit 1 when a scorecard has a data error; nothing is written then.
 *
 * @example
 * // pnpm kpi build --out public/snapshots
 */
export const build = defineCommand({
  name: 'build',
  summary: { en: 'Write the snapshots of every scorecard', sv: 'Skriv ögonblicksbilder för alla styrkort' },
  usage: 'kpi build [--out <dir>] [--project <dir>]',
  options: {
    project: projectOption,
    out: {
      type: 'string',
      valueName: 'dir',
      description: {
        en: 'Where to write the snapshots (default: the project’s `out` setting)',
        sv: 'Var ögonblicksbilderna skrivs (standard: projektets inställning `out`)',
      },
    },
  },
  async run(args, ctx) {
    const sv = ctx.lang === 'sv';
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const model = project.model;
    const outDir = args.values.out === undefined ? model.settings.out : resolve(ctx.io.cwd, args.values.out);
    const bar = ctx.progress(sv ? 'Bygger' : 'Building', model.scorecards.size);
    let result: Awaited<ReturnType<typeof buildSnapshots>>;
    try {
      result = await buildSnapshots(model, { outDir, onProgress: (done) => bar.update(done) });
    } finally {
      bar.done();
    }
    const issues = distinctIssues(result.issues).map((issue) => locateIssue(issue, model, ctx.io.cwd));
    ctx.io.stderr(formatSnapshotIssues(issues, { lang: ctx.lang, colors: ctx.colors }));
    if (!result.ok) {
      ctx.io.stderr(
        sv
          ? 'Inget skrevs: de tidigare ögonblicksbilderna är orörda.\n'
          : 'Nothing was written: the previous snapshots are untouched.\n',
      );
      return ExitCode.IssuesFound;
    }
    const count = result.files.length - 1;
    ctx.io.stdout(
      sv
        ? `Skrev ${count} ögonblicksbild${count === 1 ? '' : 'er'} och index.json till ${result.outDir}\n`
        : `Wrote ${count} snapshot${count === 1 ? '' : 's'} and index.json to ${result.outDir}\n`,
    );
    return ExitCode.Clean;
  },
});
