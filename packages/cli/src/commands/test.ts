import { join, relative, sep } from 'node:path';
import { defineCommand } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { formatTestJson, formatTestPretty } from '../kpi-test/format-test-results.js';
import { type KpiTestResult, runKpiTest } from '../kpi-test/run-kpi-test.js';
import { selectTests } from '../kpi-test/select-tests.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { projectOption } from './shared-options.js';

/**
 * `kpi test [--project d] [--format pretty|json] [--filter <id>]`: runs the project's KPI
 * tests (`kind: test`, docs/kpi-tests.md), validated and normalized with the rest of the
 * project, and reports each failing expectation with file:line, expected, actual and the
 * SQL. Exit 0 when all pass, 1 when any fails or the project has errors, 2 on a usage
 * mistake (an unknown --filter included).
 *
 * @example
 * // pnpm kpi test --project kpis --format json --filter itsm.mttr
 */
export const test = defineCommand({
  name: 'test',
  summary: { en: 'Run the KPI tests (kind: test)', sv: 'Kör nyckeltalstesterna (kind: test)' },
  usage: 'kpi test [--project <dir>] [--format pretty|json] [--filter <kpi-id or test id>]',
  options: {
    project: projectOption,
    format: {
      type: 'string',
      choices: ['pretty', 'json'],
      valueName: 'format',
      default: 'pretty',
      description: {
        en: 'Output: pretty (terminal) or json (for CI: passed, failed and every result)',
        sv: 'Utskrift: pretty (terminal) eller json (för CI: godkända, underkända och alla resultat)',
      },
    },
    filter: {
      type: 'string',
      valueName: 'id',
      description: {
        en: 'Run only the test with this id, or only the expectations of this KPI',
        sv: 'Kör bara testet med detta id, eller bara förväntningarna på detta nyckeltal',
      },
    },
  },
  async run(args, ctx) {
    const json = args.values.format === 'json';
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) {
      if (!json) return reportProjectIssues(project, ctx);
      const errors = project.issues.filter((i) => i.severity === 'error');
      const report = { passed: 0, failed: errors.length, files: 0, results: [], issues: project.issues };
      ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return ExitCode.IssuesFound;
    }
    const model = project.model;
    const selected = selectTests(model, args.values.filter, ctx.lang);
    const results: KpiTestResult[] = [];
    const progress = ctx.progress(ctx.lang === 'sv' ? 'Kör tester' : 'Running tests', selected.length);
    try {
      for (const { test: kpiTest, expect } of selected) {
        results.push(...(await runKpiTest(model, kpiTest, expect)));
        progress.tick();
      }
    } finally {
      progress.done();
    }
    const shown = (file: string) =>
      relative(ctx.io.cwd, join(project.root, ...file.split('/')))
        .split(sep)
        .join('/');
    const files = new Set(selected.map((s) => s.test.origin.file)).size;
    const options = { lang: ctx.lang, colors: ctx.colors, files, shown };
    ctx.io.stdout(json ? formatTestJson(results, options) : formatTestPretty(results, options));
    return results.every((r) => r.passed) ? ExitCode.Clean : ExitCode.IssuesFound;
  },
});
