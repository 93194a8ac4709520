import type { IssueTextsSv } from './issue-catalog-sv.js';

/** Swedish words for catalog-diff.ts (KPI0700–KPI0799); same placeholders as the English. */
export const diffIssuesSv: IssueTextsSv = {
  KPI0700: {
    message:
      'Nyckeltalet "{kpi}" ändras på ett sätt som kan ändra dess siffror ({fields}), men versionen är fortfarande {version}.',
    hint: 'Sätt version: {next} i {file}, så att den som läser gamla och nya siffror kan skilja dem åt.',
  },
  KPI0701: {
    message: 'Nyckeltalet "{kpi}" tas bort, men {user} hänvisar fortfarande till det.',
    hint: 'Ta bort "{kpi}" från {user} också, eller behåll nyckeltalet.',
  },
  KPI0702: {
    message: 'Definitionerna i {ref} har fel, så de jämförs så långt det går att läsa dem.',
    hint: 'Inget att rätta i den här ändringen; jämförelsen kan visa färre ändringar än det finns.',
  },
  KPI0703: {
    message: 'Nyckeltalet "{kpi}" ägs av teamet "{team}", som saknar ett handtag för kodgranskning.',
    hint: 'Lägg till teamet under owners: i nyckeltal.yaml, t.ex. {team}: "@your-org/{team}".',
  },
  KPI0704: {
    message: 'Nyckeltalet "{kpi}" anger inget ägarteam, så ingen ombeds granska ändringar i det.',
    hint: 'Lägg till team: hos ägaren, t.ex. owner: { name: …, team: service-desk }.',
  },
  KPI0705: {
    message: 'Nyckeltal-blocket i {file} stämmer inte med nyckeltalens ägare{detail}.',
    hint: 'Kör "kpi owners" för att skriva om blocket, och checka in resultatet.',
  },
  KPI0706: {
    message: 'SLA-policyn "{sla}" tas bort, men nyckeltalet "{kpi}" läser den fortfarande som sin källa.',
    hint: 'Låt nyckeltalet "{kpi}" läsa från en annan källa eller policy i samma ändring, eller behåll policyn.',
  },
};
