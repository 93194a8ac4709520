import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { createIssue, type Issue, loadFiles } from '@nyckeltal/spec';
import { defineCommand } from '../command-spec.js';
import { gitTopLevel } from '../diff/git-files.js';
import { ExitCode } from '../exit-codes.js';
import { formatPretty } from '../format/format-pretty.js';
import { summarizeIssues } from '../format/summarize-issues.js';
import { findBlock, planOwners, renderBlock, replaceBlock } from '../owners/codeowners-block.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { projectOption } from './shared-options.js';

/** Where GitHub (and GitLab) look for CODEOWNERS, in GitHub's order. */
const LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/**
 * `kpi owners`: writes a block in CODEOWNERS (between `# BEGIN nyckeltal` and
 * `# END nyckeltal`, the rest of the file kept) so each KPI file is reviewed by its owning
 * team's handle from nyckeltal.yaml `owners:`. `--check` writes nothing and exits 1 when
 * the block is stale or a KPI's team has no handle.
 *
 * @example
 * // pnpm kpi owners --check   (in CI)
 */
export const owners = defineCommand({
  name: 'owners',
  summary: {
    en: 'Write (or --check) the CODEOWNERS block that sends each KPI file to its team',
    sv: 'Skriv (eller --check) CODEOWNERS-blocket som skickar varje KPI-fil till sitt team',
  },
  usage: 'kpi owners [--project <dir>] [--check]',
  options: {
    project: projectOption,
    check: {
      type: 'boolean',
      description: {
        en: 'Write nothing; exit 1 when the block is out of date or a team has no handle',
        sv: 'Skriv inget; avsluta med 1 om blocket är inaktuellt eller ett team saknar handtag',
      },
    },
  },
  async run(args, ctx) {
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const { cwd } = ctx.io;
    const repo = await gitTopLevel(project.root).catch(() => cwd);
    const posix = (path: string) => path.split(sep).join('/');
    const target = LOCATIONS.map((l) => join(repo, l)).find((p) => existsSync(p)) ?? join(repo, LOCATIONS[0]);
    const shownTarget = posix(relative(cwd, target));
    const plan = planOwners(
      project.model,
      loadFiles(project.read.files).docs,
      posix(relative(repo, project.root)),
    );
    const block = renderBlock(plan.lines, posix(join(relative(repo, project.root), 'nyckeltal.yaml')));
    const current = await readFile(target, 'utf8').catch(() => '');
    const next = replaceBlock(current, block);
    const shown = (path: string) => posix(relative(cwd, join(project.root, ...path.split('/'))));
    const issues: Issue[] = plan.issues.map((i) =>
      i.file === undefined ? i : { ...i, file: shown(i.file) },
    );

    if (args.values.check) {
      if (next !== current) {
        const found = findBlock(current);
        const detail = found ? '' : ' (there is no block yet)';
        issues.push(
          createIssue(
            'KPI0705',
            { file: shownTarget, detail },
            { file: shownTarget, line: found?.line ?? 1, column: 1 },
          ),
        );
      } else {
        ctx.io.stdout(`${ctx.t('owners.upToDate', { file: shownTarget, n: plan.lines.length })}\n`);
      }
    } else if (next !== current) {
      await writeAtomically(target, next);
      ctx.io.stdout(`${ctx.t('owners.written', { file: shownTarget, n: plan.lines.length })}\n`);
    } else {
      ctx.io.stdout(`${ctx.t('owners.upToDate', { file: shownTarget, n: plan.lines.length })}\n`);
    }
    if (issues.length === 0) return ExitCode.Clean;
    const sources = new Map<string, string>();
    for (const file of new Set(issues.flatMap((i) => (i.file ? [i.file] : [])))) {
      const text = project.sourceText(file);
      if (text !== undefined) sources.set(file, text);
      else if (file === shownTarget) sources.set(file, current);
    }
    const summary = summarizeIssues(issues, project.read.fileCount);
    ctx.io.stderr(formatPretty(issues, { lang: ctx.lang, colors: ctx.colors, summary, sources }));
    return ExitCode.IssuesFound;
  },
});

/** Writes beside the target and renames over it, so a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
