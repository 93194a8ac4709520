import { existsSync } from 'node:fs';
import { EngineSession, reconcileSla, type SlaExample, type SlaReconciliation } from '@nyckeltal/engine';
import { type ProjectModel, type SnapshotIssue, suggestName } from '@nyckeltal/spec';
import { type CommandContext, defineCommand } from '../command-spec.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { formatSnapshotIssues } from '../format/format-snapshot.js';
import { loadProject, reportProjectIssues } from '../project/load-project.js';
import { locateIssue } from '../project/locate-issue.js';
import { formatNumber } from '../ui/format-number.js';
import type { Lang } from '../ui/messages.js';
import { formatTable } from '../ui/table.js';
import { parseWholeNumber } from './parse-whole-number.js';
import { projectOption } from './shared-options.js';

/**
 * `kpi sla [<sla-id>…]`: reconciles SLA policies' verdicts, computed from first principles
 * (timestamps, business hours, pauses), with the ticket tool's own flag (`vendor_flag:`)
 * over all tickets in the data: agree, disagree (each way) and undecided counts, and
 * example tickets of each disagreement with their hours and targets. Without ids, every
 * policy that names a vendor flag. Exit 1 when the data could not be read.
 *
 * @example
 * // pnpm kpi sla incident-sla --examples 10
 * // pnpm kpi sla --format json
 */
export const sla = defineCommand({
  name: 'sla',
  summary: {
    en: 'Reconcile computed SLA met/breached with the vendor’s flag',
    sv: 'Stäm av beräknad SLA-uppfyllelse mot leverantörens flagga',
  },
  usage: 'kpi sla [<sla-id>…] [--examples n] [--format text|json] [--project <dir>]',
  positionals: [
    {
      name: 'sla-id',
      multiple: true,
      description: {
        en: 'SLA policies (default: every one with a vendor_flag)',
        sv: 'SLA-policyer (standard: alla med vendor_flag)',
      },
    },
  ],
  options: {
    project: projectOption,
    examples: {
      type: 'string',
      valueName: 'n',
      default: '5',
      description: {
        en: 'Example tickets per kind of disagreement (0–100)',
        sv: 'Exempelärenden per sorts oenighet (0–100)',
      },
    },
    format: {
      type: 'string',
      valueName: 'format',
      choices: ['text', 'json'],
      default: 'text',
      description: { en: 'Output: text or json', sv: 'Utskrift: text eller json' },
    },
  },
  async run(args, ctx) {
    const sv = ctx.lang === 'sv';
    const examples = parseWholeNumber(
      args.values.examples,
      { name: '--examples', min: 0, max: 100 },
      ctx.lang,
    );
    const project = await loadProject(args.values.project, ctx);
    if (!project.model) return reportProjectIssues(project, ctx);
    const model = project.model;
    const ids = chooseSlas(model, args.positionals, sv);

    const database = model.settings.database;
    const session = await EngineSession.open(database && existsSync(database) ? { database } : {});
    const reports: SlaReconciliation[] = [];
    const issues: SnapshotIssue[] = [];
    try {
      for (const id of ids) {
        const result = await reconcileSla(session, model, id, { examples });
        if (result.report) reports.push(result.report);
        for (const issue of result.issues) if (!issues.some((i) => sameIssue(i, issue))) issues.push(issue);
      }
    } finally {
      session.close();
    }
    if (args.values.format === 'json') ctx.io.stdout(`${JSON.stringify({ reports, issues }, null, 2)}\n`);
    else ctx.io.stdout(reports.map((r) => reportText(r, ctx)).join('\n'));
    ctx.io.stderr(
      formatSnapshotIssues(
        issues.map((issue) => locateIssue(issue, model, ctx.io.cwd)),
        { lang: ctx.lang, colors: ctx.colors },
      ),
    );
    return issues.some((i) => i.severity === 'error') ? ExitCode.IssuesFound : ExitCode.Clean;
  },
});

function chooseSlas(model: ProjectModel, asked: readonly string[], sv: boolean): string[] {
  const slas = model.slas ?? new Map();
  if (asked.length === 0) {
    const withFlag = [...slas.values()].filter((s) => s.vendorFlag !== undefined).map((s) => s.id);
    if (withFlag.length > 0) return withFlag;
    throw new UsageError(
      sv
        ? 'Ingen SLA-policy (kind: sla) har en vendor_flag att stämma av mot.'
        : 'No SLA policy (kind: sla) names a vendor_flag to reconcile with.',
      'sla',
    );
  }
  for (const id of asked) {
    const policy = slas.get(id);
    if (!policy) {
      const suggestion = suggestName(id, slas.keys());
      const hint = suggestion ? (sv ? ` Menade du ${suggestion}?` : ` Did you mean ${suggestion}?`) : '';
      throw new UsageError(`${sv ? 'Okänd SLA-policy' : 'Unknown SLA policy'} "${id}".${hint}`, 'sla');
    }
    if (policy.vendorFlag === undefined) {
      throw new UsageError(
        sv
          ? `SLA-policyn "${id}" har ingen vendor_flag att stämma av mot; lägg till vendor_flag: <fält> i filen.`
          : `SLA policy "${id}" names no vendor_flag to reconcile with; add vendor_flag: <field> to its file.`,
        'sla',
      );
    }
  }
  return [...new Set(asked)];
}

function sameIssue(a: SnapshotIssue, b: SnapshotIssue): boolean {
  return a.code === b.code && a.message === b.message;
}

/** The report as text: counts, then a table of examples per kind of disagreement. */
function reportText(r: SlaReconciliation, ctx: CommandContext): string {
  const sv = ctx.lang === 'sv';
  const { bold } = ctx.colors;
  const n = (count: number) => formatNumber(count, ctx.lang);
  const heading = sv
    ? `SLA-policy ${r.sla} mot leverantörens flagga ${r.vendorFlag}: ${n(r.tickets)} ärenden`
    : `SLA policy ${r.sla} against the vendor flag ${r.vendorFlag}: ${n(r.tickets)} tickets`;
  const counts = formatTable(
    [
      [sv ? 'överens' : 'agree', n(r.agree), ''],
      [
        sv ? 'oense' : 'disagree',
        n(r.disagree),
        sv
          ? `${n(r.weMetVendorBreached)} uppfyllda här men brutna enligt leverantören, ${n(r.weBreachedVendorMet)} tvärtom`
          : `${n(r.weMetVendorBreached)} met here but breached by the vendor, ${n(r.weBreachedVendorMet)} the other way`,
      ],
      [
        sv ? 'oavgjorda' : 'undecided',
        n(r.undecided),
        sv
          ? 'klockan går ännu, prioritet utan mål, eller flaggan saknas'
          : 'a clock still running, a priority without target, or no vendor flag',
      ],
    ],
    { align: ['left', 'right', 'left'] },
  );
  const parts = [`${bold(heading)}\n`, indent(counts)];
  const kinds = [
    {
      list: r.examples.metButVendorBreached,
      title: sv ? 'Uppfyllt här, brutet enligt leverantören' : 'Met here, breached by the vendor',
    },
    {
      list: r.examples.breachedButVendorMet,
      title: sv ? 'Brutet här, uppfyllt enligt leverantören' : 'Breached here, met by the vendor',
    },
  ];
  for (const { list, title } of kinds) {
    if (list.length === 0) continue;
    parts.push(`\n${title}:\n`, indent(examplesTable(list, ctx.lang)));
  }
  return parts.join('');
}

function examplesTable(list: readonly SlaExample[], lang: Lang): string {
  const sv = lang === 'sv';
  const hours = (h: number | null) => (h === null ? '–' : formatNumber(h, lang, { maxDigits: 2 }));
  return formatTable(
    list.map((e) => [
      e.ticket,
      e.priority ?? '–',
      hours(e.responseHours),
      hours(e.responseTarget),
      hours(e.resolutionHours),
      hours(e.resolutionTarget),
    ]),
    {
      header: sv
        ? ['ärende', 'prioritet', 'svar h', 'mål', 'lösning h', 'mål']
        : ['ticket', 'priority', 'response h', 'target', 'resolution h', 'target'],
      align: ['left', 'left', 'right', 'right', 'right', 'right'],
    },
  );
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}
