import { issueCatalog } from '@nyckeltal/spec';
import { defineCommand } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { formatGithub } from '../format/format-github.js';
import { formatJson } from '../format/format-json.js';
import { formatSarif } from '../format/format-sarif.js';
import { failsValidation, summarizeIssues } from '../format/summarize-issues.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { cliVersion } from '../version.js';
import { projectOption } from './shared-options.js';

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
    project: projectOption,
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
    const strict = args.values.strict === true;
    const project = await loadProject(args.values.project, ctx, { strict });
    const { issues } = project;
    const failed = failsValidation(issues, strict);
    const out = ctx.io.stdout;
    switch (args.values.format) {
      case 'json':
        out(formatJson(issues, summarizeIssues(issues, project.read.fileCount), !failed, ctx.lang));
        break;
      case 'github':
        out(formatGithub(issues, ctx.lang));
        break;
      case 'sarif':
        out(formatSarif(issues, { catalog: issueCatalog, toolVersion: cliVersion() }));
        break;
      default:
        reportProjectIssues(project, ctx, 'stdout');
    }
    return failed ? ExitCode.IssuesFound : ExitCode.Clean;
  },
});
