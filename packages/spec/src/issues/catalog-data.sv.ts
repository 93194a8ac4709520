import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-data.ts (KPI0500–KPI0599); same placeholders as the English. */
export const dataIssuesSv: IssueTextsSv = {
  KPI0501: {
    message: 'Källan "{source}": {count} rader har ett värde i "{field}" som inte kunde läsas som {type}.',
    hint: 'De här raderna räknas som att de saknar {field}. Rätta värdena i datan, eller ange textformatet med `format:` på fältet (t.ex. format: "%d/%m/%Y %H:%M" för 31/12/2026 14:00).',
  },
  KPI0502: {
    message:
      'Nyckeltalet "{kpi}": {count} rader slutar innan de börjar (en negativ varaktighet); de räknas inte med i värdet.',
    hint: 'Kontrollera tidsstämplarna för de här ärendena i källsystemet: ett ärende som är löst innan det öppnades är ett datafel.',
  },
  KPI0503: {
    message: 'Källan "{source}": datafilen "{path}" finns inte.',
    hint: 'Letade efter {path}. Lägg datafilen där, eller rätta `from: { file: … }` i källan: en relativ sökväg utgår från mappen som innehåller nyckeltal.yaml.',
  },
  KPI0504: {
    message: 'Källan "{source}": datan har ingen kolumn "{column}" för fältet "{field}".',
    hint: 'Kolumner som finns: {columns}. Koppla fältet till rätt kolumn med `column:`, eller rätta exporten.',
  },
  KPI0505: {
    message: 'Källan "{source}" kunde inte läsas: {reason}',
    hint: 'Kontrollera att filen är en giltig {format}-fil, eller att källans SQL går att köra i DuckDB på egen hand.',
  },
  KPI0506: {
    message: 'Källan "{source}" läser tabellen "{table}", men projektet anger ingen databas.',
    hint: 'Sätt `database:` i nyckeltal.yaml till den DuckDB-fil som innehåller tabellen, eller läs en fil med `from: { file: … }`.',
  },
  KPI0507: {
    message: '"{period}" är ingen giltig period av typen {grain}.',
    hint: 'Skriv perioden som {example}.',
  },
  KPI0508: {
    message: 'Frågan mot källan "{source}" misslyckades: {reason}',
    hint: 'Det beror oftast på ett problem i datan (en kolumn av oväntad typ) eller i källans SQL. Kör `kpi explain` på nyckeltalet för att se SQL-frågan.',
  },
  KPI0509: {
    message: 'Nyckeltalet "{kpi}" använder {fn}, som inte går att beräkna: {reason}.',
    hint: 'Kontrollera att kalendern "{calendar}" finns i calendars/, eller beräkna nyckeltalet i kalendertid (hours_between) i stället.',
  },
};
