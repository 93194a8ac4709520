import type { IssueLang, Severity } from '@nyckeltal/spec';

/** The index page's own words, in each language the widgets speak. */
export interface PageTexts {
  readonly noScorecards: string;
  /** The short line under a scorecard naming who it is for. */
  readonly forAudience: (audience: string) => string;
  readonly errorsHeading: (errors: number) => string;
  readonly errorsUnlisted: string;
  readonly errorsLead: string;
  readonly errorsInLog: string;
  readonly severity: Readonly<Record<Severity, string>>;
  /** Where an issue without a file is: the project as a whole. */
  readonly wholeProject: string;
}

const en: PageTexts = {
  noScorecards: 'This project has no public scorecards yet.',
  forAudience: (audience) => `For: ${audience}`,
  errorsHeading: (n) => `The definitions have ${n === 1 ? '1 error' : `${n} errors`}`,
  errorsUnlisted: 'The definitions have errors',
  errorsLead: 'No numbers are shown until they are fixed. Save the files and this page reloads.',
  errorsInLog: "No numbers are shown until they are fixed; the server's log lists them.",
  severity: { error: 'error', warning: 'warning' },
  wholeProject: 'project',
};

const sv: PageTexts = {
  noScorecards: 'Projektet har inga publika styrkort än.',
  forAudience: (audience) => `För: ${audience}`,
  errorsHeading: (n) => `Definitionerna har ${n} fel`,
  errorsUnlisted: 'Definitionerna har fel',
  errorsLead: 'Inga siffror visas förrän felen är rättade. Spara filerna så laddas sidan om.',
  errorsInLog: 'Inga siffror visas förrän felen är rättade; serverns logg listar dem.',
  severity: { error: 'fel', warning: 'varning' },
  wholeProject: 'projektet',
};

const texts: Readonly<Record<IssueLang, PageTexts>> = { en, sv };

/**
 * The page's language: `?lang=` when it names one the page speaks, else the project's
 * (nyckeltal.yaml `language:`), else English.
 *
 * @example
 * pageLanguage('en', 'sv');       // 'en'
 * pageLanguage(undefined, 'sv');  // 'sv'
 * pageLanguage('fi', undefined);  // 'en'
 */
export function pageLanguage(query: string | undefined, project: string | undefined): IssueLang {
  if (query === 'en' || query === 'sv') return query;
  return project === 'sv' ? 'sv' : 'en';
}

/**
 * The index page's words in a language.
 *
 * @example
 * pageTexts('sv').errorsHeading(2); // 'Definitionerna har 2 fel'
 */
export function pageTexts(lang: IssueLang): PageTexts {
  return texts[lang];
}
