import { calendarSchema } from './calendar-schema.js';
import { kpiSchema } from './kpi-schema.js';
import { projectSchema } from './project-schema.js';
import { scorecardSchema } from './scorecard-schema.js';
import { slaSchema } from './sla-schema.js';
import { snapshotSchema } from './snapshot-schema.js';
import { sourceSchema } from './source-schema.js';
import { testSchema } from './test-schema.js';

/** The kinds of definition file, in the order docs list them. */
export const definitionKinds = ['kpi', 'source', 'scorecard', 'calendar', 'sla', 'test', 'project'] as const;
export type DefinitionKind = (typeof definitionKinds)[number];

/** The schema of each definition kind. */
export const definitionSchemas = {
  kpi: kpiSchema,
  source: sourceSchema,
  scorecard: scorecardSchema,
  calendar: calendarSchema,
  sla: slaSchema,
  test: testSchema,
  project: projectSchema,
} as const;

/**
 * Every published schema by file name stem: scripts/write-schemas.ts writes each to
 * packages/spec/schema/<stem>.schema.json, and a test fails when those files drift.
 *
 * @example
 * JSON.stringify(publishedSchemas.kpi, null, 2); // the text of schema/kpi.schema.json
 */
export const publishedSchemas = { ...definitionSchemas, snapshot: snapshotSchema } as const;

/** The JSON text of a published schema, exactly as committed under schema/. */
export function schemaJson(stem: keyof typeof publishedSchemas): string {
  return `${JSON.stringify(publishedSchemas[stem], null, 2)}\n`;
}
