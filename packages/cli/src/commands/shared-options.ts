import { grains } from '@nyckeltal/spec';
import type { OptionSpec } from '../command-spec.js';

/**
 * Options several commands share, defined once so their help reads the same everywhere.
 *
 * @example
 * defineCommand({ name: 'build', options: { project: projectOption }, … });
 */
/** `--project <dir>`: which KPI project (DESIGN.md §3b). */
export const projectOption: OptionSpec = {
  type: 'string',
  valueName: 'dir',
  description: {
    en: 'The project folder (default: this folder if it has nyckeltal.yaml, else kpis/)',
    sv: 'Projektmappen (standard: den här mappen om den har nyckeltal.yaml, annars kpis/)',
  },
};

/** The `--grain` option of compile, explain and run. */
export const grainOption = {
  type: 'string',
  valueName: 'grain',
  choices: grains,
  description: {
    en: 'Period length: day, week (ISO), month, quarter or year (default: the scorecard’s, else month)',
    sv: 'Periodlängd: day, week (ISO), month, quarter eller year (standard: styrkortets, annars month)',
  },
} as const satisfies OptionSpec;
