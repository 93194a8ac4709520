import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-load.ts (KPI0000–KPI0099); same placeholders as the English. */
export const loadIssuesSv: IssueTextsSv = {
  KPI0001: {
    message: 'Filen är {size}, mer än de {limit} som en definitionsfil får vara.',
    hint: 'En nyckeltalsdefinition är en sida YAML. Kontrollera att ingen dataexport har sparats i definitionsmappen av misstag.',
  },
  KPI0002: {
    message: 'Filen innehåller binärdata (en nollbyte på position {offset}), inte YAML-text.',
    hint: 'Flytta bilder, kalkylblad och exporter ur definitionsmappen, eller spara filen som vanlig text.',
  },
  KPI0003: {
    message: 'Filen är inte UTF-8-text: byten på rad {line} kan inte läsas som UTF-8.',
    hint: 'Spara filen med teckenkodningen UTF-8 (de flesta redigerare har det under "Spara med kodning"). Äldre Windows-filer är ofta i Windows-1252.',
  },
  KPI0004: {
    message: 'Filen är tom: den definierar ingenting.',
    hint: 'Lägg till en definition som börjar med en rad som "kind: kpi", eller ta bort filen.',
  },
  KPI0005: {
    message: 'YAML-texten går inte att läsa här: {detail}.',
    hint: 'Kontrollera citattecken, hakparenteser och indrag nära den här raden. Text med ett kolon följt av mellanslag, eller som börjar med ett citattecken eller en hakparentes, måste stå inom citattecken.',
  },
  KPI0006: {
    message: 'Raden är indragen med ett tabbtecken; YAML tillåter bara mellanslag.',
    hint: 'Byt tabben mot mellanslag (två per nivå är vanligt). De flesta redigerare kan visa tabbar och göra om dem till mellanslag.',
  },
  KPI0007: {
    message: 'Nyckeln "{key}" förekommer två gånger i samma block.',
    hint: 'Behåll en av dem. Annars skulle YAML i tysthet använda bara det ena av de två värdena.',
  },
  KPI0008: {
    message: 'Filen expanderar YAML-alias (*namn) fler än {limit} gånger.',
    hint: 'Definitionsfiler behöver inga alias; skriv ut värdena. Många nästlade alias kan svälla till miljontals värden (en så kallad "billion laughs"-fil), så de avvisas.',
  },
  KPI0009: {
    message: 'Filen innehåller {count} YAML-dokument (åtskilda med "---"); bara ett per fil är tillåtet.',
    hint: 'Lägg varje definition i en egen fil, namngiven efter dess id, och ta bort raderna med "---".',
  },
  KPI0010: {
    message: 'YAML-texten är nästlad i mer än {limit} nivåer.',
    hint: 'Definitionsfiler behöver bara några få nivåer. Leta efter hakparenteser eller indrag som har skenat iväg.',
  },
  KPI0011: {
    message: 'Filen innehåller {found}, men en definition måste bestå av rader av formen "nyckel: värde".',
    hint: 'Börja filen med "kind: kpi" (eller source, scorecard, calendar, project) följt av de andra inställningarna.',
  },
  KPI0012: {
    message: 'Definitionen saknar "kind", så det går inte att veta vad den definierar.',
    hint: 'Lägg till en första rad "kind: kpi", "kind: source", "kind: scorecard", "kind: calendar" eller "kind: project".',
  },
  KPI0013: {
    message: 'Okänt värde för kind: "{kind}".',
    hint: '{suggestion}Möjliga värden för kind: {allowed}.',
  },
  KPI0014: {
    message: 'Projektet har ingen nyckeltal.yaml, så standardinställningarna används.',
    hint: 'Lägg till nyckeltal.yaml i projektmappen med minst "kind: project" och "name: …".',
  },
  KPI0015: {
    message:
      'En definition med "kind: project" måste vara filen nyckeltal.yaml i projektets rotmapp, inte {file}.',
    hint: 'Flytta inställningarna till nyckeltal.yaml i projektets rotmapp; ett projekt har exakt en sådan fil.',
  },
};
