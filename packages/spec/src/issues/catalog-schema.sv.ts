import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-schema.ts (KPI0100–KPI0199); same placeholders as the English. */
export const schemaIssuesSv: IssueTextsSv = {
  KPI0101: {
    message: '"{property}" är ingen inställning i {where}.',
    hint: '{suggestion}Inställningarna som är tillåtna här är: {allowed}.',
  },
  KPI0102: {
    message: '{where} behöver inställningen "{property}".',
    hint: 'Lägg till "{property}:" här. {description}',
  },
  KPI0103: {
    message: '"{value}" är inget tillåtet värde för {field}.',
    hint: '{suggestion}Använd något av: {allowed}.',
  },
  KPI0104: {
    message: '{field} ska vara {expected}, men är {found}.',
    hint: '{description}',
  },
  KPI0105: {
    message: '"{value}" är inget giltigt värde för {field}: {rule}.',
    hint: '{description}',
  },
  KPI0106: {
    message: '{field} är {value}, men måste vara {comparison} {limit}.',
    hint: '{description}',
  },
  KPI0107: {
    message: '{field} är tom, men behöver minst {limit} {things}.',
    hint: '{description}',
  },
  KPI0108: {
    message: '{field} innehåller "{value}" två gånger.',
    hint: 'Ta bort den andra förekomsten.',
  },
  KPI0109: {
    message: '{field} har inte den form som förväntas: {detail}.',
    hint: '{description}',
  },
};
