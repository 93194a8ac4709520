import { measureIssues } from './catalog-measure.js';
import type { IssueTextsSv } from './issue-catalog-sv.js';

// The function list is kept once, in the English hint of KPI0202; only its lead-in is translated.
const functionList = (measureIssues.find((d) => d.code === 'KPI0202')?.hint ?? '').replace(
  /^The functions are: /,
  '',
);

/** Swedish words for catalog-measure.ts (KPI0200–KPI0299); same placeholders as the English. */
export const measureIssuesSv: IssueTextsSv = {
  KPI0200: {
    message: 'Förväntade {expected}, men hittade {found}.',
    hint: 'Kontrollera uttrycket runt den här punkten: det kan saknas eller finnas ett ord, en operator, ett kommatecken eller en parentes för mycket.',
  },
  KPI0201: {
    message: 'Källan har inget fält "{field}".{suggestion}',
    hint: 'Använd ett fält som är deklarerat under fields: i källfilen, eller deklarera "{field}" där.',
  },
  KPI0202: {
    message: 'Det finns ingen funktion "{name}".{suggestion}',
    hint: `Funktionerna är: ${functionList}`,
  },
  KPI0203: {
    message: 'Förväntade {close} för att stänga {what} som öppnades vid {at}, men hittade {found}.',
    hint: 'Varje ( behöver en matchande ) och varje case ett end. Om det avslutande tecknet finns, leta efter ett kommatecken eller en operator som saknas före den här punkten.',
  },
  KPI0204: {
    message: 'Texten som börjar här saknar avslutande citattecken ({quote}).',
    hint: "Avsluta text med ett enkelt citattecken, som i 'incident'. Ett citattecken inuti texten skrivs två gånger: 'O''Brien'.",
  },
  KPI0205: {
    message: 'Tecknet {char} kan inte användas i ett mått.',
    hint: "Ett mått består av fältnamn, tal, 'text inom enkla citattecken', operatorerna + - * / = != < <= > >= och parenteser.",
  },
  KPI0206: {
    message: 'Uttrycket verkar vara färdigt, men det följs av {found}.',
    hint: 'Sätt ihop villkor med and / or, sätt en operator mellan värden, eller ta bort en avslutande parentes för mycket.',
  },
  KPI0207: {
    message: 'Uttrycket är nästlat i mer än {max} nivåer.',
    hint: 'Förenkla det: ta bort onödiga parenteser, eller dela upp logiken i ett where:-villkor och ett enklare mått.',
  },
  KPI0208: {
    message: 'Text i ett mått skrivs inom enkla citattecken: {suggestion}, inte {found}.',
    hint: 'Byt de dubbla citattecknen mot enkla.',
  },
  KPI0209: {
    message: '{fn} fick {count} argument, men skrivs {usage}.',
    hint: 'Skilj argumenten åt med kommatecken, och ge funktionen exakt de argument den tar.',
  },
  KPI0210: {
    message: 'Bara count(*) tar *; {fn} behöver ett fält eller ett uttryck.',
    hint: 'Skriv till exempel {fn}(reopen_count), eller count(*) för att räkna rader.',
  },
  KPI0211: {
    message: 'filter (where …) kan bara stå efter en aggregatfunktion som count eller avg, inte efter {fn}.',
    hint: 'Sätt filtret efter aggregatfunktionen runt omkring, som i avg(hours_between(a, b)) filter (where …), eller använd case when … then … end.',
  },
  KPI0212: {
    message: 'Jämförelser kan inte kedjas: {found} följer på en annan jämförelse.',
    hint: 'Kombinera jämförelserna med and, som i a < b and b < c, eller använd between.',
  },
  KPI0213: {
    message: 'Skriv count_distinct(x) för att räkna olika värden, inte count(distinct x).',
    hint: 'count_distinct(x) räknar de olika värdena av x som inte är null.',
  },
  KPI0214: {
    message: 'Talet {number} är för stort.',
    hint: 'Använd ett mindre tal; mått räknar med vanliga decimaltal.',
  },
  KPI0215: {
    message: 'Uttrycket är tomt.',
    hint: "Skriv ett uttryck, till exempel count(*) för ett mått eller type = 'incident' för ett where:-villkor.",
  },
  KPI0220: {
    message: '{fn} behöver {expected}, men {arg} är {type}.',
    hint: 'Den skrivs {usage}. Fältens typer deklareras under fields: i källfilen.',
  },
  KPI0221: {
    message: 'Percentilen måste vara ett tal från 0 till 1, men är {found}.',
    hint: 'Skriv andelen, t.ex. percentile(x, 0.9) för 90:e percentilen eller 0.5 för medianen.',
  },
  KPI0222: {
    message:
      'Det andra argumentet till top_box måste vara ett fast tal (det lägsta betyg som räknas till top box), men är {found}.',
    hint: 'Skriv till exempel top_box(csat_score, 4) för andelen betyg som är 4 eller högre, i procent.',
  },
  KPI0223: {
    message:
      "Kalendern i {fn} måste vara ett kalender-id inom enkla citattecken, som 'se-office', men är {found}.",
    hint: 'Skriv id:t för en kalenderfil (kind: calendar) inom enkla citattecken som tredje argument.',
  },
  KPI0224: {
    message: 'Det finns ingen kalender "{calendar}".{suggestion}',
    hint: 'Använd id:t för en kalenderfil (kind: calendar), eller lägg till en kalender med det id:t.',
  },
  KPI0225: {
    message: 'Det går inte att jämföra {left} ({leftType}) med {right} ({rightType}).',
    hint: 'Jämför tal med tal, text med text, villkor med villkor, och tidsstämplar med tidsstämplar eller datum.',
  },
  KPI0226: {
    message: '{left} är {leftType} och kan inte jämföras med texten {text}.',
    hint: 'Mått har inga datumliteraler: avgränsa perioder med time: och styrkortets periodlängd, jämför två tidsstämpelfält, eller använd days_between(a, b).',
  },
  KPI0227: {
    message: '{value} är inte ett av de värden som är deklarerade för {field}.{suggestion}',
    hint: 'Deklarerade värden: {values}. Kontrollera stavning och versaler, eller lägg till värdet på fältet i källfilen.',
  },
  KPI0228: {
    message: '{op} behöver tal på båda sidor, men {operand} är {type}.',
    hint: '{advice}',
  },
  KPI0229: {
    message: '{place} behöver ett villkor (sant eller falskt för varje rad), men {expr} är {type}.',
    hint: "Skriv en jämförelse, till exempel priority = '1 - Critical' eller reopen_count > 0, och kombinera villkor med and / or.",
  },
  KPI0230: {
    message: 'Värdena i {place} har inte en och samma typ: {a} är {aType} men {b} är {bType}.',
    hint: 'Gör alla värden av samma slag: alla tal, all text eller alla tidsstämplar.',
  },
  KPI0231: {
    message: '{inner} står inuti aggregatfunktionen {outer}; aggregatfunktioner kan inte nästlas.',
    hint: 'Aggregera radvärdena direkt, t.ex. avg(x), och lägg radvillkor i filter (where …) eller where:.',
  },
  KPI0232: {
    message:
      'Måttet slår inte ihop några rader: det behöver en aggregatfunktion som count, sum, avg eller share.',
    hint: 'Skriv till exempel count(*), avg(hours_between(opened_at, resolved_at)) eller share(reopen_count > 0).',
  },
  KPI0233: {
    message: '{field} står inte inuti någon aggregatfunktion.',
    hint: 'I ett mått måste varje fält stå inuti en aggregatfunktion, till exempel avg({field}) eller max({field}). Radvillkor hör hemma i where: eller filter (where …).',
  },
  KPI0234: {
    message: '{place} filtrerar enskilda rader, så där går det inte att använda aggregatfunktionen {fn}.',
    hint: "Jämför bara radernas fält, till exempel type = 'incident'; aggregatfunktioner hör hemma i måttet.",
  },
  KPI0235: {
    message: '{expr} blir aldrig sant: ingenting är lika med null, inte ens null.',
    hint: 'Skriv {fix} i stället.',
  },
};
