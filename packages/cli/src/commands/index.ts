import type { CommandSpec } from '../command-spec.js';
import { build } from './build.js';
import { compile } from './compile.js';
import { demo } from './demo.js';
import { diff } from './diff.js';
import { docs } from './docs.js';
import { explain } from './explain.js';
import { init } from './init.js';
import { owners } from './owners.js';
import { run } from './run.js';
import { serve } from './serve.js';
import { sla } from './sla.js';
import { test } from './test.js';
import { validate } from './validate.js';

/**
 * Every `kpi` command, in the order `kpi --help` lists them. To add one: write
 * `src/commands/<name>.ts` exporting a CommandSpec (see command-spec.ts), then import
 * it here and add it to this list. Help, parsing and did-you-mean come from the spec.
 */
export const commands: readonly CommandSpec[] = [
  validate,
  compile,
  explain,
  run,
  test,
  build,
  serve,
  diff,
  owners,
  docs,
  init,
  demo,
  sla,
  // compile, explain, run, test, build, diff, docs, owners, serve, init, demo: one line each, here.
];
