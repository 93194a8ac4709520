import { UsageError } from './exit-codes.js';

/**
 * Loads a package that only some commands need (`kpi serve` needs @nyckeltal/server,
 * `kpi demo` the demo-data generator), so that `npx @nyckeltal/cli validate` installs and
 * starts without them. A missing package is the user's setup, not a bug: it becomes a
 * usage error that says what to install.
 *
 * @example
 * const { createServer } = await loadOptional(() => import('@nyckeltal/server'), '@nyckeltal/server', 'serve');
 */
export async function loadOptional<T>(load: () => Promise<T>, name: string, command: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(name))
      throw new UsageError(
        `kpi ${command} needs the package ${name}; install it next to @nyckeltal/cli (npm install ${name}).`,
        command,
      );
    throw error;
  }
}
