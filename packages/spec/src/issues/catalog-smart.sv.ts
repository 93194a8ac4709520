import type { IssueTextsSv } from './issue-catalog-sv.js';

/**
 * Swedish words for catalog-smart.ts (KPI0400–KPI0499); same placeholders as the English.
 * SMART keeps its letters in Swedish: Specifikt, Mätbart, Accepterat, Relevant, Tidsbundet.
 */
export const smartIssuesSv: IssueTextsSv = {
  KPI0401: {
    message: 'S (Specifikt): nyckeltalet "{kpi}" {detail}.',
    hint: 'Lägg till "description:" med minst en hel mening som säger exakt vad som räknas, t.ex. "Genomsnittligt antal kalendertimmar från att en incident öppnas tills den är löst."',
  },
  KPI0402: {
    message: 'M (Mätbart): nyckeltalet "{kpi}" kan inte mätas ännu, eftersom {detail}.',
    hint: 'Rätta felen som rapporteras för måttet och källan; ett nyckeltal är mätbart när dess mått stämmer mot fälten i källan.',
  },
  KPI0403: {
    message: 'A (Accepterat): nyckeltalet "{kpi}" {detail}.',
    hint: 'Lägg till owner: { name: Servicedeskchef, team: service-desk } (eller en e-postadress) så att någon har tagit på sig ansvaret för det.',
  },
  KPI0404: {
    message: 'R (Relevant): nyckeltalet "{kpi}" saknar nivå, så dess plats i nyckeltalsträdet är okänd.',
    hint: 'Lägg till "level:" med input, process, output eller outcome. Till dess behandlas det som ett processnyckeltal.',
  },
  KPI0405: {
    message: 'R (Relevant): utfallsnyckeltalet "{kpi}" har inga nyckeltal som stöder det.',
    hint: 'Lägg till "supports: [{kpi}]" i de input-, process- eller output-nyckeltal som påverkar det här utfallet.',
  },
  KPI0406: {
    message: 'R (Relevant): nyckeltalet "{kpi}" (level: {level}) stöder inget annat nyckeltal.',
    hint: 'Lägg till "supports:" med id:n för de nyckeltal (i slutänden ett utfall) som det här hjälper till att påverka.',
  },
  KPI0407: {
    message: 'T (Tidsbundet): nyckeltalet "{kpi}" {detail}.',
    hint: 'Lägg till ett mål med datum, t.ex. targets: [{ value: 8, from: 2026-01-01, until: 2026-12-31 }].',
  },
  KPI0408: {
    message: 'T (Tidsbundet): nyckeltalet "{kpi}" saknar uppföljningsintervall.',
    hint: 'Lägg till "review:" med daily, weekly, monthly, quarterly eller yearly: hur ofta ägaren går igenom det.',
  },
};
