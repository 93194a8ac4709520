import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-tests.ts (KPI0900–KPI0999); same placeholders as the English. */
export const testIssuesSv: IssueTextsSv = {
  KPI0901: {
    message:
      'Testet "{test}" förväntar sig ett värde för nyckeltalet "{kpi}", men det finns inget nyckeltal med det id:t.',
    hint: '{suggestion}Ange id:t för ett befintligt nyckeltal; kända nyckeltal är bland andra: {known}.',
  },
  KPI0902: {
    message: 'Testet "{test}" förväntar sig nyckeltalet "{kpi}" för perioden "{period}", som {detail}.',
    hint: 'Skriv en dag 2026-10-05, en ISO-vecka 2026-W41, en månad 2026-10, ett kvartal 2026-Q4 eller ett år 2026; nyckelns form anger periodlängden.',
  },
  KPI0903: {
    message: 'Testet "{test}" anger källan "{source}" under "{setting}", men ingen källa har det id:t.',
    hint: '{suggestion}Rader listas under id:t för en källa (en fil med "kind: source"); kända källor: {known}.',
  },
  KPI0904: {
    message:
      'Rad {row} för källan "{source}" i testet "{test}" anger "{field}", som inte är något fält i källan.',
    hint: '{suggestion}Raderna använder källans fältnamn (inte dess kolumnnamn): {known}.',
  },
  KPI0905: {
    message:
      '"{field}" på rad {row} för källan "{source}" är {found}, men fältet har typen {type}: {expected}.',
    hint: '{example}',
  },
  KPI0906: {
    message:
      '"{field}" på rad {row} för källan "{source}" är "{value}", som inte är ett av de värden fältet tillåter.',
    hint: '{suggestion}Källan tillåter: {allowed}.',
  },
  KPI0907: {
    message: 'Testet "{test}" ger rader för källan "{source}", som inte läser en tabell utan {from}.',
    hint: 'Lägg till "{source}" under "replace:" så att raderna ersätter {from} (som testet då inte kontrollerar), eller ge rader för en källa som läser en tabell.',
  },
  KPI0908: {
    message:
      'Testet "{test}" ger rader för "{source}", en SLA-policy, vars rader beräknas från källan "{tickets}".',
    hint: 'Ge raderna under "{tickets}" (och paushändelserna under sin källa); kpi test beräknar klockorna från dem.',
  },
  KPI0909: {
    message:
      'Testet "{test}" listar källan "{source}" under "replace", men den läser en tabell, som ett test fyller ändå.',
    hint: 'Ta bort "{source}" från "replace".',
  },
  KPI0910: {
    message:
      'Testet "{test}" förväntar sig nyckeltalet "{kpi}" för perioden {period} två gånger: i förväntan {first} och {second}.',
    hint: 'Behåll en förväntan per nyckeltal och period; om de två värdena skiljer sig åt, räkna igenom beräkningen igen.',
  },
};
