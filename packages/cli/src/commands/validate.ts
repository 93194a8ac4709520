import { join, relative, sep } from 'node:path';
import { type Issue, issueCatalog, validateProject } from '@nyckeltal/spec';
import { defineCommand } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { formatGithub } from '../format/format-github.js';
import { formatJson } from '../format/format-json.js';
import { formatPretty } from '../format/format-pretty.js';
import { formatSarif } from '../format/format-sarif.js';
import { failsValidation, summarizeIssues } from '../format/summarize-issues.js';
import { locateProject, readProject } from '../project/read-project.js';
import { cliVersion } from '../version.js';

export const validateFormats = ['pretty', 'json', 'github', 'sarif'] as const;

/**
 * `kpi validate`: loads every definition of the project, checks it (schemas, measures,
 * references, SMART lint) and prints the issues. Exit 0 when clean or only warnings,
 * 1 on errors (or warnings under --strict), 2 on a usage mistake.
 *
 * @example
 * // pnpm kpi validate --project kpis --format github
 */
export const validate = defineCommand({
  name: 'validate',
  summary: {
    en: 'Check every KPI definition in the project',
    sv: 'Kontrollera alla KPI-definitioner i projektet',
  },
  usage: 'kpi validate [--project <dir>] [--strict] [--format pretty|json|github|sarif]',
  options: {
    project: {
      type: 'string',
      valueName: 'dir',
      description: {
        en: 'The project folder (default: this folder if it has nyckeltal.yaml, else kpis/)',
        sv: 'Projektmappen (standard: den här mappen om den har nyckeltal.yaml, annars kpis/)',
      },
    },
    strict: {
      type: 'boolean',
      description: {
        en: 'Treat SMART warnings as errors (exit 1 on any warning)',
        sv: 'Räkna SMART-varningar som fel (avsluta med 1 vid varningar)',
      },
    },
    format: {
      type: 'string',
      choices: validateFormats,
      valueName: 'format',
      default: 'pretty',
      description: {
        en: 'Output: pretty (terminal), json, github (Actions annotations), sarif (code scanning)',
        sv: 'Utskrift: pretty (terminal), json, github (Actions-anteckningar), sarif (kodskanning)',
      },
    },
  },
  async run(args, ctx) {
    const { io } = ctx;
    const strict = args.values.strict === true;
    const root = await locateProject(args.values.project, io.cwd, ctx.t);
    const project = await readProject(root);
    const result = validateProject({ root, files: project.files }, { strict });
    const toShown = (path: string) =>
      relative(io.cwd, join(root, ...path.split('/')))
        .split(sep)
        .join('/');
    const issues = [...project.issues, ...result.issues].map((issue) => relocate(issue, toShown));
    const summary = summarizeIssues(issues, project.fileCount);
    const failed = failsValidation(issues, strict);

    switch (args.values.format) {
      case 'json':
        io.stdout(formatJson(issues, summary, !failed));
        break;
      case 'github':
        io.stdout(formatGithub(issues));
        break;
      case 'sarif':
        io.stdout(formatSarif(issues, { catalog: issueCatalog, toolVersion: cliVersion() }));
        break;
      default: {
        const withIssues = new Set(issues.map((i) => i.file));
        const decoder = new TextDecoder();
        const sources = new Map(
          project.files
            .map((f) => [toShown(f.path), f.text] as const)
            .filter(([shown]) => withIssues.has(shown))
            .map(([shown, bytes]) => [shown, decoder.decode(bytes)] as const),
        );
        io.stdout(formatPretty(issues, { lang: ctx.lang, colors: ctx.colors, summary, sources }));
      }
    }
    return failed ? ExitCode.IssuesFound : ExitCode.Clean;
  },
});

/** Issue paths are relative to the project root; people and CI want them relative to where kpi ran. */
function relocate(issue: Issue, toShown: (path: string) => string): Issue {
  return issue.file === undefined ? issue : { ...issue, file: toShown(issue.file) };
}
