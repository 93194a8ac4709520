/**
 * Stages fill some placeholders with English words of their own: "Did you mean …?", a
 * type ("a whole number"), a place in the file ("item 2 of targets"), a SMART detail
 * ("has no owner"). This turns the phrases they are known to produce into Swedish, by
 * param name, so a Swedish message does not switch language halfway. Anything not
 * recognised (names, values, paths, a database's own error text) is passed on unchanged:
 * user data is never rewritten, and an English phrase nobody taught it stays readable.
 */

type Phrase = (text: string) => string | undefined;

/** Exact phrases, by their English text. */
const PHRASES: Readonly<Record<string, string>> = {
  // Types and values (measure typeWords, schema TYPE_WORDS, describeFound)
  'a number': 'ett tal',
  'a whole number': 'ett heltal',
  text: 'text',
  'a condition (true or false)': 'ett villkor (sant eller falskt)',
  'a timestamp': 'en tidsstämpel',
  'a date': 'ett datum',
  'true or false': 'sant eller falskt',
  'a list': 'en lista',
  'a mapping of "key: value" lines': 'rader av formen "nyckel: värde"',
  'a mapping': 'rader av formen "nyckel: värde"',
  empty: 'tomt',
  nothing: 'ingenting',
  'another form': 'en annan form',
  // Token descriptions and what a parenthesis closes (the measure parser)
  'the end of the measure': 'slutet av måttet',
  'an expression': 'ett uttryck',
  'the parenthesis': 'parentesen',
  // Schema comparisons and counted things
  'at least': 'minst',
  'at most': 'högst',
  'more than': 'större än',
  'less than': 'mindre än',
  item: 'post',
  items: 'poster',
  entry: 'post',
  entries: 'poster',
  character: 'tecken',
  characters: 'tecken',
  // Definition kinds (unique ids)
  KPI: 'nyckeltal',
  source: 'källa',
  scorecard: 'styrkort',
  calendar: 'kalender',
  'SLA policy': 'SLA-policy',
  test: 'test',
  // Settings and roles named in messages
  'time field': 'tidsfältet',
  breakdown: 'uppdelningsfältet',
  'where:': 'where:',
  key: 'nyckel (key)',
  priority: 'prioritet (priority)',
  start: 'starttid (start)',
  'response time': 'svarstid (response)',
  'resolution time': 'lösningstid (resolution)',
  'vendor flag': 'leverantörsflagga (vendor_flag)',
  'pause ticket': 'ärende för paus (pauses.ticket)',
  'pause status': 'status för paus (pauses.status)',
  'pause time': 'tidpunkt för paus (pauses.at)',
  // Details (SMART lint, rules, owners)
  'has no description': 'saknar beskrivning',
  'has a description that is not yet a full sentence': 'har en beskrivning som ännu inte är en hel mening',
  'its measure or where has errors': 'dess mått eller where har fel',
  'has no owner': 'saknar ägare',
  'has no target': 'saknar mål',
  'has targets, but none with a date range (from and until)':
    'har mål, men inget med ett datumintervall (from och until)',
  'has both "hours" and "schedules"': 'har både "hours" och "schedules"',
  'has no working hours': 'saknar arbetstider',
  'which is also its time field': 'som också är dess tidsfält',
  ' ("table" goes with a file only when it is a .duckdb file)':
    ' ("table" kan bara kombineras med en fil när den är en .duckdb-fil)',
  ' (there is no block yet)': ' (det finns inget block ännu)',
  'the day before a holiday': 'dagen före en helgdag',
  'is not a day of the calendar': 'inte är en dag i kalendern',
  'is not a month (months are 01–12)': 'inte är en månad (månaderna är 01–12)',
  'is not a quarter (quarters are Q1–Q4)': 'inte är ett kvartal (kvartalen är Q1–Q4)',
  'is not written as a day, week, month, quarter or year':
    'inte är skriven som en dag, vecka, månad, kvartal eller år',
  // Schema rules (KPI0105)
  'there is no such day': 'den dagen finns inte',
  'the name is not allowed': 'namnet är inte tillåtet',
  'Threshold green': 'Tröskelvärdet för grönt',
  'Threshold amber': 'Tröskelvärdet för gult',
  'The baseline': 'Utgångsvärdet',
  // Grains
  day: 'dag',
  week: 'vecka',
  month: 'månad',
  quarter: 'kvartal',
  year: 'år',
};

const KIND_NOUNS: Readonly<Record<string, string>> = {
  'a KPI': 'ett nyckeltal',
  'a source': 'en källa',
  'a scorecard': 'ett styrkort',
  'a calendar': 'en kalender',
  'an SLA policy': 'en SLA-policy',
  'a kPI test': 'ett nyckeltalstest',
  'nyckeltal.yaml': 'nyckeltal.yaml',
};

const exact: Phrase = (text) => PHRASES[text];

/** "Did you mean "x"?" anywhere in the text, whatever the quotes and spacing around it. */
const didYouMean: Phrase = (text) =>
  /Did you mean /.test(text) ? text.replace(/Did you mean (.+?)\?/g, 'Menade du $1?') : undefined;

/** 'the number 12', 'the text "open"', "the word 'or'", 'only the value 3'. */
const describedValue: Phrase = (text) => {
  const m = /^(only )?the (number|text|word|value) (.+)$/s.exec(text);
  if (!m) return undefined;
  const noun = { number: 'talet', text: 'texten', word: 'ordet', value: 'värdet' }[m[2] as 'number'];
  return `${m[1] ? 'bara ' : ''}${noun} ${m[3]}`;
};

/** Lists of type words: 'text or a list', 'a number, a timestamp or a date', 'one of a, b'. */
const typeList: Phrase = (text) => {
  const one = /^one of (.+)$/.exec(text);
  if (one) return `något av ${one[1]}`;
  const parts = text.split(/, | or /);
  if (parts.length < 2 || parts.some((p) => PHRASES[p] === undefined)) return undefined;
  const sv = parts.map((p) => PHRASES[p]!);
  return `${sv.slice(0, -1).join(', ')} eller ${sv[sv.length - 1]}`;
};

/**
 * A place in a definition as the schema check names it: 'item 2 of targets',
 * '"email" in owner', 'a name in "hours"', each possibly capitalised.
 */
const fileLabel: Phrase = (text) => {
  const capital = /^[A-Z]/.test(text);
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  const sv = labelSv(lower) ?? KIND_NOUNS[lower];
  if (sv === undefined) return undefined;
  return capital ? sv.charAt(0).toUpperCase() + sv.slice(1) : sv;
};

function labelSv(text: string): string | undefined {
  const name = /^a name in (.+)$/.exec(text);
  if (name) return `ett namn i ${labelSv(name[1]!) ?? parents(name[1]!)}`;
  const item = /^item (\d+)(?: of (.+))?$/.exec(text);
  if (item) return `post ${item[1]}${item[2] === undefined ? '' : ` i ${parents(item[2])}`}`;
  const key = /^("[^"]*") in (.+)$/.exec(text);
  if (key) return `${key[1]} i ${parents(key[2]!)}`;
  return undefined;
}

function parents(path: string): string {
  return path.replace(/\bitem (\d+)/g, 'post $1');
}

/** Measure positions: 'column 4', 'line 2, column 3'; and 'the call to avg('. */
const position: Phrase = (text) => {
  const call = /^the call to (.+)$/.exec(text);
  if (call) return `anropet till ${call[1]}`;
  if (!/^(line \d+, )?column \d+$/.test(text)) return undefined;
  return text.replace('line', 'rad').replace('column', 'kolumn');
};

const SMART_PATTERNS: readonly [RegExp, string][] = [
  [/^its source ("[^"]*") is not defined$/, 'dess källa $1 inte är definierad'],
  [/^its source ("[^"]*") has errors$/, 'dess källa $1 har fel'],
  [/^has an owner (\(".*"\)) without a team or an email$/, 'har en ägare $1 utan team eller e-postadress'],
  [
    /^is a week that (\d+) does not have \(it has (\d+) ISO weeks\)$/,
    'är en vecka som år $1 inte har (det har $2 ISO-veckor)',
  ],
  [/^Target (\d+)$/, 'Mål $1'],
  [/^scorecard ("[^"]*")$/, 'styrkortet $1'],
  [/^KPI ("[^"]*") \(under supports\)$/, 'nyckeltalet $1 (under supports)'],
  [
    /^Lower is better: values up to (\S+) should be green and up to (\S+) amber, so swap the two numbers or change the direction\.$/,
    'Lägre är bättre: värden upp till $1 ska vara gröna och upp till $2 gula, så byt plats på de två talen eller ändra riktningen.',
  ],
  [
    /^Higher is better: values from (\S+) up should be green and from (\S+) amber, so swap the two numbers or change the direction\.$/,
    'Högre är bättre: värden från $1 och uppåt ska vara gröna och från $2 gula, så byt plats på de två talen eller ändra riktningen.',
  ],
];

/** The KPI0228 advice (measure/check-expr.ts arithmeticAdvice), by the operand's type. */
const ARITHMETIC_ADVICE: readonly [RegExp, string][] = [
  [
    /^To measure time between two timestamps use hours_between\(a, b\), minutes_between or days_between\.$/,
    'Tiden mellan två tidsstämplar mäter du med hours_between(a, b), minutes_between eller days_between.',
  ],
  [
    /^(.+) is true or false for each row: share\(\1\) gives the percent of rows where it holds, count\(\*\) filter \(where \1\) how many they are\.$/s,
    '$1 är sant eller falskt för varje rad: share($1) ger andelen rader i procent där det gäller, count(*) filter (where $1) hur många de är.',
  ],
  [
    /^Text cannot be calculated with: compare it, as in (.+), and count the rows that match with count\(\*\) filter \(where \1\) or share\(\1\)\. If it holds numbers, declare it as integer or number in the source\.$/s,
    'Med text går det inte att räkna: jämför den i stället, som i $1, och räkna raderna som stämmer med count(*) filter (where $1) eller share($1). Om den innehåller tal, deklarera den som integer eller number i källan.',
  ],
  [/^Use numbers on both sides\.$/, 'Använd tal på båda sidor.'],
];

const advice: Phrase = (text) => {
  for (const [re, sv] of ARITHMETIC_ADVICE) if (re.test(text)) return text.replace(re, sv);
  return undefined;
};

/** The rules on units and targets (KPI0321–KPI0323): what a measure gives, statuses, fixes. */
const UNIT_PHRASES: Readonly<Record<string, string>> = {
  'a percent (0–100)': 'en procentsats (0–100)',
  'a score from −100 to 100': 'ett poängtal från −100 till 100',
  hours: 'timmar',
  minutes: 'minuter',
  days: 'dagar',
  'a count': 'ett antal',
  'a ratio of two counts (such as 0.25)': 'en kvot mellan två antal (som 0,25)',
  ', or multiply the measure by 100 to keep unit: percent':
    ', eller multiplicera måttet med 100 för att behålla unit: percent',
  ' (or unit: count for a number per thing, such as tickets per agent)':
    ' (eller unit: count för ett antal per något, som ärenden per handläggare)',
  ' (NPS is the percent of promoters minus the percent of detractors, so it runs from −100 to 100)':
    ' (NPS är andelen promotorer minus andelen kritiker i procent, så det går från −100 till 100)',
  amber: 'gult',
  red: 'rött',
};

const unitPhrase: Phrase = (text) => {
  const amber = /^ and amber to at (least|most) (\S+)$/.exec(text);
  if (amber) return ` och amber till ${amber[1] === 'least' ? 'minst' : 'högst'} ${amber[2]}`;
  return UNIT_PHRASES[text];
};

const pattern: Phrase = (text) => {
  for (const [re, sv] of SMART_PATTERNS) if (re.test(text)) return text.replace(re, sv);
  return undefined;
};

interface Rule {
  /** Param names the rule reads. */
  readonly params: readonly string[];
  /** Codes whose params carry these phrases; other codes' params of the same name are user data. */
  readonly codes: RegExp;
  readonly phrases: readonly Phrase[];
}

const RULES: readonly Rule[] = [
  { params: ['suggestion'], codes: /./, phrases: [didYouMean] },
  { params: ['where', 'field'], codes: /^KPI01/, phrases: [fileLabel] },
  { params: ['expected', 'found'], codes: /^KPI0(0|1|2)/, phrases: [exact, describedValue, typeList] },
  { params: ['found'], codes: /^KPI090/, phrases: [describedValue, exact] },
  { params: ['type', 'leftType', 'rightType', 'aType', 'bType'], codes: /^KPI02/, phrases: [exact] },
  { params: ['comparison', 'things'], codes: /^KPI01/, phrases: [exact] },
  { params: ['relation', 'explanation'], codes: /^KPI0309$/, phrases: [exact, pattern] },
  { params: ['kind'], codes: /^KPI0301$/, phrases: [exact] },
  { params: ['setting'], codes: /^KPI0303$/, phrases: [exact] },
  { params: ['role'], codes: /^KPI080[356]$/, phrases: [exact] },
  { params: ['place'], codes: /^KPI02/, phrases: [exact] },
  { params: ['advice'], codes: /^KPI0228$/, phrases: [advice] },
  { params: ['what', 'detail', 'status', 'amberFix'], codes: /^KPI032[123]$/, phrases: [unitPhrase] },
  { params: ['what', 'at'], codes: /^KPI0203$/, phrases: [exact, position] },
  { params: ['what'], codes: /^KPI0310$/, phrases: [exact, pattern] },
  { params: ['detail'], codes: /^KPI0(3|4|7|9)/, phrases: [exact, pattern] },
  { params: ['rule'], codes: /^KPI0105$/, phrases: [exact] },
  { params: ['days'], codes: /^KPI0316$/, phrases: [exact] },
  { params: ['grain'], codes: /^KPI0507$/, phrases: [exact] },
  { params: ['user'], codes: /^KPI0701$/, phrases: [pattern] },
];

/**
 * The params of an issue with the English phrases its stage produces turned into Swedish.
 *
 * @example
 * paramsInSwedish('KPI0201', { field: 'prio', suggestion: ' Did you mean "priority"?' });
 * // { field: 'prio', suggestion: ' Menade du "priority"?' }
 */
export function paramsInSwedish(
  code: string,
  params: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const rule of RULES) {
    if (!rule.codes.test(code)) continue;
    for (const name of rule.params) {
      const value = params[name];
      if (typeof value !== 'string') continue;
      const sv = rule.phrases.reduce<string | undefined>(
        (found, phrase) => found ?? phrase(value),
        undefined,
      );
      if (sv !== undefined) out[name] = sv;
    }
  }
  return out;
}
