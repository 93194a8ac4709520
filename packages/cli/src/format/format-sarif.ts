import type { Issue, IssueDefinition } from '@nyckeltal/spec';
import { sortIssues } from './summarize-issues.js';

export interface SarifOptions {
  /** Every code the tool can report; becomes tool.driver.rules. */
  readonly catalog: ReadonlyMap<string, IssueDefinition>;
  readonly toolVersion: string;
}

/** The subset of SARIF 2.1.0 objects this formatter writes. */
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations?: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region?: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
    };
  }[];
  properties?: { subject: string };
}

/**
 * Issues as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers. Rules
 * come from the issue catalog (id = code, with title, message template, hint and
 * default level); each issue is a result with its file as a URI relative to the
 * %SRCROOT% base (the folder `kpi` ran in) and its line/column region. Columns are
 * counted in UTF-16 code units, as JavaScript strings count them.
 *
 * @example
 * io.stdout(formatSarif(issues, { catalog: issueCatalog, toolVersion: '0.1.0' }));
 */
export function formatSarif(issues: readonly Issue[], options: SarifOptions): string {
  const definitions = [...options.catalog.values()];
  const ruleIndex = new Map(definitions.map((d, i) => [d.code, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nyckeltal',
            semanticVersion: options.toolVersion,
            version: options.toolVersion,
            rules: definitions.map(toRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sortIssues(issues).map((issue) => toResult(issue, ruleIndex.get(issue.code))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toRule(definition: IssueDefinition) {
  return {
    id: definition.code,
    name: pascalCase(definition.title),
    shortDescription: { text: definition.title },
    fullDescription: { text: definition.docs ?? definition.message },
    ...(definition.hint ? { help: { text: definition.hint } } : {}),
    defaultConfiguration: { level: definition.severity },
  };
}

function toResult(issue: Issue, index: number | undefined): SarifResult {
  const result: SarifResult = {
    ruleId: issue.code,
    level: issue.severity,
    message: { text: issue.hint ? `${issue.message}\n${issue.hint}` : issue.message },
  };
  if (index !== undefined) result.ruleIndex = index;
  if (issue.file !== undefined) {
    const region = issue.line === undefined ? undefined : toRegion(issue, issue.line);
    result.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(issue.file), uriBaseId: '%SRCROOT%' },
          ...(region ? { region } : {}),
        },
      },
    ];
  }
  if (issue.subject !== undefined) result.properties = { subject: issue.subject };
  return result;
}

function toRegion(issue: Issue, startLine: number) {
  const region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number } = {
    startLine,
  };
  if (issue.column !== undefined) region.startColumn = issue.column;
  if (issue.endLine !== undefined && issue.endLine >= startLine) region.endLine = issue.endLine;
  // SARIF's endColumn is one past the last character, like ours; it needs a start column to mean anything.
  if (issue.endColumn !== undefined && issue.column !== undefined) region.endColumn = issue.endColumn;
  return region;
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function pascalCase(title: string): string {
  return title
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
