import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-calendar.ts (KPI0800–KPI0899); same placeholders as the English. */
export const calendarIssuesSv: IssueTextsSv = {
  KPI0800: {
    message:
      'Källan "{source}" har tidsstämplar från {first} till {last}, men kontorstiden i kalendern "{calendar}" räknas bara från {from} till {to}; varaktigheter som börjar eller slutar utanför det intervallet lämnas tomma.',
    hint: 'Leta i källan efter felskrivna datum som 1900-01-01 eller 2999-12-31, och rätta eller ta bort dem.',
  },
  KPI0801: {
    message: 'SLA-policyn "{sla}" använder kalendern "{calendar}", som inte finns.{suggestion}',
    hint: 'Skriv id:t för en kalenderfil (kind: calendar) under calendar:, eller lägg till en kalender med det id:t.',
  },
  KPI0802: {
    message:
      'SLA-policyn "{sla}" ger prioriteten "{priority}" målet {target}: {value}, vilket inte är ett antal timmar över 0.',
    hint: 'Skriv målen i kontorstimmar, t.ex. { response: 1, resolution: 8 }.',
  },
  KPI0803: {
    message:
      'SLA-policyn "{sla}" anger fältet "{field}" som {role}, men källan "{source}" har inget sådant fält.{suggestion}',
    hint: 'Använd ett fält som är deklarerat under fields: i källfilen.',
  },
  KPI0804: {
    message:
      '{count} ärenden i källan "{source}" har en prioritet som saknar mål i SLA-policyn "{sla}" (t.ex. "{example}"); de räknas varken som uppfyllda eller brutna.',
    hint: 'Lägg till ett mål för den prioriteten under targets:, eller mappa värdet till ett som har ett mål.',
  },
  KPI0805: {
    message: 'SLA-policyn "{sla}" läser {role} från källan "{source}", men ingen källa har det id:t.',
    hint: '{suggestion}Källor definieras i filer med "kind: source"; kända källor: {known}.',
  },
  KPI0806: {
    message:
      'SLA-policyn "{sla}" använder fältet "{field}" i källan "{source}" som {role}, men fältet har typen {found}, inte {expected}.',
    hint: 'Ange ett fält av typen {expected} här, eller deklarera fältet med type: {expected} i källfilen.',
  },
  KPI0807: {
    message:
      'SLA-policyn "{sla}" har samma id som en källa; ett nyckeltal som anger "{sla}" under source: kan syfta på vilken som helst av dem.',
    hint: 'Ge SLA-policyn ett eget id, t.ex. "{sla}-sla".',
  },
  KPI0808: {
    message:
      'SLA-policyn "{sla}" listar "{value}" under {where}, men fältet "{field}" i källan "{source}" tillåter bara: {allowed}.',
    hint: 'Rätta stavningen (värden jämförs exakt, även stora och små bokstäver), eller lägg till värdet under fältets values: i källfilen.',
  },
  KPI0809: {
    message:
      'SLA-policyn "{sla}" behöver fältet som identifierar ett ärende, men källan "{source}" markerar {count} fält med key: true.',
    hint: 'Skriv key: <fält> i SLA-policyn, eller markera exakt ett fält i källan med key: true.',
  },
  KPI0810: {
    message:
      'SLA-policyn "{sla}" ger prioriteten "{priority}" ett mål för svarstid, men anger inget svarsfält att mäta det med.',
    hint: 'Lägg till response: <tidsstämpelfältet för första svaret>, t.ex. response: first_response_at, eller ta bort målen för svarstid.',
  },
  KPI0811: {
    message:
      'Källan "{source}" har ett fält "{field}", som SLA-policyn "{sla}" lägger till på varje ärende som sitt eget.',
    hint: 'Byt namn på fältet i källan (fields: new_name: { column: {field}, … }) så att SLA-klockan får behålla sitt namn.',
  },
};
