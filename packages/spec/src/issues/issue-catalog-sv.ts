import { calendarIssuesSv } from './catalog-calendar.sv.js';
import { cliIssuesSv } from './catalog-cli.sv.js';
import { dataIssuesSv } from './catalog-data.sv.js';
import { diffIssuesSv } from './catalog-diff.sv.js';
import { loadIssuesSv } from './catalog-load.sv.js';
import { measureIssuesSv } from './catalog-measure.sv.js';
import { rulesIssuesSv } from './catalog-rules.sv.js';
import { schemaIssuesSv } from './catalog-schema.sv.js';
import { smartIssuesSv } from './catalog-smart.sv.js';
import { testIssuesSv } from './catalog-tests.sv.js';

/**
 * A catalog entry's words in another language: the same `{placeholders}` as the English
 * message and hint, filled from the issue's params. Code, severity and title stay as the
 * English catalog has them.
 *
 * @example
 * const text: IssueText = { message: 'Källan har inget fält "{field}".{suggestion}', hint: '…' };
 */
export interface IssueText {
  readonly message: string;
  readonly hint?: string;
}

/** Swedish texts of one catalog area, by code. */
export type IssueTextsSv = Readonly<Record<string, IssueText>>;

/**
 * Every catalog code in Swedish. Each area has its own file beside the English one
 * (catalog-measure.ts → catalog-measure.sv.ts); a test fails when a code lacks Swedish
 * words or a Swedish template's placeholders differ from the English.
 *
 * @example
 * issueCatalogSv.get('KPI0201')?.message; // 'Källan har inget fält "{field}".{suggestion}'
 */
export const issueCatalogSv: ReadonlyMap<string, IssueText> = new Map(
  [
    loadIssuesSv,
    schemaIssuesSv,
    measureIssuesSv,
    rulesIssuesSv,
    smartIssuesSv,
    dataIssuesSv,
    cliIssuesSv,
    diffIssuesSv,
    calendarIssuesSv,
    testIssuesSv,
  ].flatMap((area) => Object.entries(area)),
);
