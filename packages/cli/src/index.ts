// The public surface of @nyckeltal/cli. Explicit exports only.
export type { CliIo } from './cli-io.js';
export { nodeIo } from './cli-io.js';
export type { CommandContext, CommandSpec, OptionSpec, ParsedArgs, PositionalSpec } from './command-spec.js';
export { defineCommand } from './command-spec.js';
export { commands } from './commands/index.js';
export { ExitCode, UsageError } from './exit-codes.js';
export { main } from './main.js';
export { type LoadedProject, loadProject, reportProjectIssues } from './project/load-project.js';
export type { ProjectFileBytes, ProjectRead } from './project/read-project.js';
export { locateProject, readProject } from './project/read-project.js';
export { createProgress, type Progress } from './ui/progress.js';
export { formatTable } from './ui/table.js';
export { padText, textWidth } from './ui/text-width.js';
