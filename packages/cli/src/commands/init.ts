import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { defineCommand } from '../command-spec.js';
import { ExitCode } from '../exit-codes.js';
import { projectTemplate } from '../init/project-template.js';

/**
 * `kpi init [dir]`: starts a KPI project — settings, a source over a sample CSV, four
 * SMART KPIs and a scorecard — that validates with --strict and runs at once. Never
 * overwrites: a folder that already holds a project is left as it is (exit 1).
 *
 * @example
 * // kpi init my-kpis && kpi run --project my-kpis --scorecard service-desk
 */
export const init = defineCommand({
  name: 'init',
  summary: { en: 'Start a new KPI project in a folder', sv: 'Starta ett nytt KPI-projekt i en mapp' },
  usage: 'kpi init [dir] [--name <name>]',
  options: {
    name: {
      type: 'string',
      valueName: 'name',
      description: {
        en: 'The project’s name (default: the folder name)',
        sv: 'Projektets namn (standard: mappens namn)',
      },
    },
  },
  positionals: [
    {
      name: 'dir',
      description: {
        en: 'Folder to create the project in (default: .)',
        sv: 'Mapp att skapa projektet i (standard: .)',
      },
    },
  ],
  async run(args, ctx) {
    const sv = ctx.lang === 'sv';
    const dir = resolve(ctx.io.cwd, args.positionals[0] ?? '.');
    const settings = join(dir, 'nyckeltal.yaml');
    if (existsSync(settings)) {
      ctx.io.stderr(
        sv
          ? `${settings} finns redan; inget skrevs.\n  = tips: välj en ny mapp: kpi init <mapp>\n`
          : `${settings} already exists; nothing was written.\n  = hint: pick a new folder: kpi init <dir>\n`,
      );
      return ExitCode.IssuesFound;
    }
    const files = projectTemplate({
      name: args.values.name ?? (basename(dir) || 'KPIs'),
      schemaBase: schemaFolderFrom(dir),
    });
    await writeAllOrNothing(dir, files);
    const shown = relative(ctx.io.cwd, dir) || '.';
    ctx.io.stdout(sv ? `Skapade ett KPI-projekt i ${shown}:\n` : `Created a KPI project in ${shown}:\n`);
    for (const file of files) ctx.io.stdout(`  ${ctx.colors.green('+')} ${file.path}\n`);
    ctx.io.stdout(
      `\n${sv ? 'Nästa steg' : 'Next'}:\n  kpi validate --project ${shown} --strict\n  kpi run --project ${shown} --scorecard service-desk\n`,
    );
    return ExitCode.Clean;
  },
});

/**
 * Writes every file beside its final name first and renames only when all are written,
 * so an interrupted init leaves no half-made project behind.
 */
async function writeAllOrNothing(
  dir: string,
  files: readonly { path: string; text: string }[],
): Promise<void> {
  const staged: { temp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const final = join(dir, ...file.path.split('/'));
      await mkdir(dirname(final), { recursive: true });
      const temp = `${final}.kpi-init-${process.pid}`;
      await writeFile(temp, file.text, { flag: 'wx' });
      staged.push({ temp, final });
    }
    for (const { temp, final } of staged) await rename(temp, final);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}

/** The published schemas' folder, relative to the new project, for the editor modelines. */
function schemaFolderFrom(dir: string): string {
  try {
    const schema = createRequire(import.meta.url).resolve('@nyckeltal/spec/schema/kpi.schema.json');
    return relative(dir, dirname(schema)).split(sep).join('/');
  } catch {
    return 'node_modules/@nyckeltal/spec/schema';
  }
}
