import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteData } from './collect-site-data.js';
import { renderMarkdown } from './render-markdown.js';
import { renderPages, type SiteFile } from './render-pages.js';
import { siteCss, siteJs } from './site-assets.js';

export interface WriteSiteResult {
  readonly files: readonly string[];
  /** False when some KPI has a snapshot but the widgets bundle could not be found or built. */
  readonly widgets: boolean;
}

/**
 * Writes the catalog site into `outDir`: HTML pages, assets (style, loader, and the widgets
 * bundle when a trend is shown) and the markdown version. The site is written to a fresh
 * folder beside `outDir` and swapped in, so a half-written site never replaces a whole one.
 *
 * @example
 * await writeSite(await collectSiteData(model), '/repo/build/docs');
 */
export async function writeSite(data: SiteData, outDir: string): Promise<WriteSiteResult> {
  const files: SiteFile[] = [
    ...renderPages(data),
    ...renderMarkdown(data),
    { path: 'assets/style.css', text: siteCss },
    { path: 'assets/site.js', text: siteJs },
  ];
  const needsWidgets = data.pages.some((p) => p.snapshot !== undefined);
  const bundle = needsWidgets ? findWidgetsBundle() : undefined;
  const temp = `${outDir}.tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(temp, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
    }
    if (bundle) await copyFile(bundle, join(temp, 'assets', 'widgets.js'));
    const old = `${outDir}.old-${process.pid}`;
    const hadOld = existsSync(outDir);
    if (hadOld) await rename(outDir, old);
    await mkdir(dirname(outDir), { recursive: true });
    await rename(temp, outDir);
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  const written = [...files.map((f) => f.path), ...(bundle ? ['assets/widgets.js'] : [])].sort();
  return { files: written, widgets: !needsWidgets || bundle !== undefined };
}

/**
 * The widgets bundle (@nyckeltal/widgets' dist/widgets.js): resolved as a package, else
 * found in the workspace beside this package, built there once when it is missing.
 */
export function findWidgetsBundle(): string | undefined {
  try {
    const resolved = fileURLToPath(import.meta.resolve('@nyckeltal/widgets/widgets.js'));
    if (existsSync(resolved)) return resolved;
  } catch {
    // Not installed as a dependency of this package: look in the workspace below.
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const widgets = join(dir, 'packages', 'widgets');
    if (existsSync(join(widgets, 'package.json'))) {
      const bundle = join(widgets, 'dist', 'widgets.js');
      if (!existsSync(bundle))
        spawnSync('pnpm', ['run', 'build'], { cwd: widgets, stdio: 'ignore', timeout: 180_000 });
      return existsSync(bundle) ? bundle : undefined;
    }
    dir = resolve(dir, '..');
  }
  return undefined;
}
