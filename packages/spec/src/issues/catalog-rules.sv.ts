import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-rules.ts (KPI0300–KPI0399); same placeholders as the English. */
export const rulesIssuesSv: IssueTextsSv = {
  KPI0301: {
    message: 'Id:t "{id}" ({kind}) används också i {other}.',
    hint: 'Id:n måste vara unika: byt namn på det ena av de två (och på de ställen som hänvisar till det).',
  },
  KPI0302: {
    message: 'Nyckeltalet "{kpi}" läser från källan "{source}", men ingen källa har det id:t.',
    hint: '{suggestion}Källor definieras i filer med "kind: source"; kända källor: {known}.',
  },
  KPI0303: {
    message: '{setting} "{field}" finns inte bland fälten i källan "{source}".',
    hint: '{suggestion}Källan deklarerar: {known}.',
  },
  KPI0304: {
    message:
      'Nyckeltalet "{kpi}" säger att det stöder "{target}", men det finns inget nyckeltal med det id:t.',
    hint: '{suggestion}Ange id:t för ett befintligt nyckeltal under "supports".',
  },
  KPI0305: {
    message: 'Styrkortet "{scorecard}" listar "{kpi}", men det finns inget nyckeltal med det id:t.',
    hint: '{suggestion}Lista bara id:n för befintliga nyckeltal.',
  },
  KPI0306: {
    message: 'Nyckeltalsträdet går runt i en cirkel: {cycle}.',
    hint: 'Ett nyckeltal stöder ett nyckeltal på högre nivå; ta bort en av de här "supports"-länkarna så att trädet leder upp till utfallsnyckeltal (outcome).',
  },
  KPI0307: {
    message: 'Mål {first} och mål {second} för nyckeltalet "{kpi}" gäller båda den {day}.',
    hint: 'Ge varje mål ett eget datumintervall (from … until) så att bara ett gäller varje dag.',
  },
  KPI0308: {
    message:
      'Mål {index} för nyckeltalet "{kpi}" gäller från {from} till {until}, så det slutar innan det börjar.',
    hint: 'Byt plats på de två datumen, eller rätta det som är fel.',
  },
  KPI0309: {
    message:
      'Nyckeltalet "{kpi}" har riktningen "{direction}", så grönt ({green}) måste vara {relation} gult ({amber}).',
    hint: '{explanation}',
  },
  KPI0310: {
    message: '{what} för nyckeltalet "{kpi}" är {value}, men ett procentnyckeltal skrivs i 0–100.',
    hint: 'Skriv 95 för 95 %, inte 0.95.',
  },
  KPI0311: {
    message:
      'Tidsfältet "{field}" för nyckeltalet "{kpi}" har typen {type}, men det måste vara en tidsstämpel eller ett datum.',
    hint: '"time" anger den tidpunkt som placerar en rad i en period, t.ex. resolved_at. Välj ett fält av typen timestamp eller date.',
  },
  KPI0312: {
    message:
      'Källan "{source}" måste ange var raderna kommer ifrån med exakt ett av "file", "table" och "sql"{detail}.',
    hint: 'Skriv from: { file: data/tickets.csv }, from: { table: tickets } eller from: { sql: "select …" }. "table" kan kombineras med en .duckdb-fil.',
  },
  KPI0313: {
    message: 'Källan "{source}" läser "{file}", en filtyp som inte går att läsa.',
    hint: 'Använd en fil av typen .csv, .csv.gz, .parquet, .json, .jsonl eller .duckdb.',
  },
  KPI0314: {
    message: '"{zone}" är ingen känd tidszon.',
    hint: '{suggestion}Använd ett IANA-zonnamn som Europe/Stockholm eller UTC.',
  },
  KPI0315: {
    message: 'Fältet "{field}" i källan "{source}" har typen {type}, så det kan inte ha "{option}".',
    hint: '"values" är till för fält av typen string, "format" för fält av typen timestamp och date som läses från text.',
  },
  KPI0316: {
    message: 'Tiderna "{hours}" för {days} i kalendern "{calendar}" är inte giltiga: {detail}.',
    hint: 'Skriv tider som "08:00-17:00"; flera intervall åtskilda med kommatecken, i ordning och utan överlapp, t.ex. "08:00-12:00, 13:00-17:00".',
  },
  KPI0317: {
    message: 'Kalendern "{calendar}" anger tider för {day} två gånger (i "{first}" och "{second}").',
    hint: 'Varje veckodag får bara finnas med i en post, t.ex. "mon-thu" och "fri".',
  },
  KPI0318: {
    message: 'Kalendern "{calendar}" {detail}.',
    hint: 'Använd "hours:" för ett enda veckoschema, eller "schedules:" (vart och ett med hours och from/until) när tiderna ändras över tid, men inte båda.',
  },
  KPI0319: {
    message: 'Schema {first} och schema {second} i kalendern "{calendar}" gäller båda den {day}.',
    hint: 'Ge varje schema ett eget datumintervall med from och until.',
  },
  KPI0320: {
    message: 'Nyckeltalet "{kpi}" delas upp efter "{field}" {detail}.',
    hint: 'Ange varje uppdelningsfält en gång; dela upp efter kategorier som priority eller channel, inte efter tidsfältet.',
  },
  KPI0321: {
    message: 'Nyckeltalet "{kpi}" har enheten "{unit}", men dess mått {measure} ger {what}.',
    hint: 'Skriv unit: {inferred}{detail}. Om enheten stämmer är det måttet som är fel: kontrollera det.',
  },
  KPI0322: {
    message:
      'Mål {index} för nyckeltalet "{kpi}" är {target}, men gränsen för grönt är {green}, så värdet {example} missar målet och är ändå grönt.',
    hint: 'Status kommer från tröskelvärdena när nyckeltalet har sådana; målet visas bara bredvid värdet. Sätt green till {target} så att grönt betyder att målet är nått, eller ändra målet till {green}.',
  },
  KPI0323: {
    message:
      'Mål {index} för nyckeltalet "{kpi}" är {target}, men gränsen för grönt är {green}, så värdet {example} når målet och är ändå {status}.',
    hint: 'Status kommer från tröskelvärdena när nyckeltalet har sådana; målet visas bara bredvid värdet. Sätt green till {target}{amberFix}, eller ändra målet till {green}.',
  },
};
