import { join, relative, sep } from 'node:path';
import { type Issue, type ProjectModel, validateProject } from '@nyckeltal/spec';
import type { CommandContext } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { formatPretty } from '../format/format-pretty.js';
import { summarizeIssues } from '../format/summarize-issues.js';
import { locateProject, type ProjectRead, readProject } from './read-project.js';

/** A project found, read and validated, with issue paths relative to where kpi runs. */
export interface LoadedProject {
  /** Absolute project folder. */
  readonly root: string;
  readonly read: ProjectRead;
  /** The normalized project; undefined when there are errors (or warnings under strict). */
  readonly model: ProjectModel | undefined;
  /** Every issue, files refused before reading included; `file` relative to the current folder. */
  readonly issues: readonly Issue[];
  /** The text of a file by its shown path (as in `issues`), for quoting lines. */
  sourceText(shownPath: string): string | undefined;
}

/**
 * The shared first step of every command that reads definitions: find the project
 * (`--project`, else ./nyckeltal.yaml, else ./kpis/), read its YAML files and run
 * spec's validateProject. A missing project folder is a UsageError (exit 2).
 *
 * @example
 * const project = await loadProject(args.values.project, ctx);
 * if (!project.model) return reportProjectIssues(project, ctx);
 * const kpi = project.model.kpis.get('itsm.mttr');
 */
export async function loadProject(
  projectFlag: string | undefined,
  ctx: CommandContext,
  options: { strict?: boolean } = {},
): Promise<LoadedProject> {
  const { cwd } = ctx.io;
  const root = await locateProject(projectFlag, cwd, ctx.t);
  const read = await readProject(root);
  const result = validateProject({ root, files: read.files }, { strict: options.strict === true });
  const shown = (path: string) =>
    relative(cwd, join(root, ...path.split('/')))
      .split(sep)
      .join('/');
  const issues = [...read.issues, ...result.issues].map((i) =>
    i.file === undefined ? i : { ...i, file: shown(i.file) },
  );
  const bytes = new Map(read.files.map((f) => [shown(f.path), f.text]));
  const decoder = new TextDecoder();
  return {
    root,
    read,
    model: result.model,
    issues,
    sourceText: (path) => {
      const text = bytes.get(path);
      return text === undefined ? undefined : decoder.decode(text);
    },
  };
}

/**
 * Prints a project's issues the way `kpi validate` does (pretty, to stderr by default) and
 * returns exit code 1 if they block the command. For commands that need a valid model
 * first (compile, run, build…), so a broken definition reads the same everywhere.
 *
 * @example
 * if (!project.model) return reportProjectIssues(project, ctx);
 */
export function reportProjectIssues(
  project: LoadedProject,
  ctx: CommandContext,
  to: 'stdout' | 'stderr' = 'stderr',
): number {
  const files = new Set(project.issues.flatMap((i) => (i.file === undefined ? [] : [i.file])));
  const sources = new Map(
    [...files].flatMap((file) => {
      const text = project.sourceText(file);
      return text === undefined ? [] : [[file, text] as const];
    }),
  );
  const summary = summarizeIssues(project.issues, project.read.fileCount);
  ctx.io[to](formatPretty(project.issues, { lang: ctx.lang, colors: ctx.colors, summary, sources }));
  return project.model ? ExitCode.Clean : ExitCode.IssuesFound;
}
