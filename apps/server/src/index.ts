// The public surface of @nyckeltal/server. Explicit exports only.
export {
  audiencesOf,
  hashToken,
  mergeTokens,
  noTokens,
  parseTokens,
  type TokenTable,
} from './access-tokens.js';
export { ComputeTimeout } from './compute-snapshot.js';
export {
  createServer,
  flushLog,
  type NyckeltalServer,
  type ServerOptions,
  type ServerStats,
} from './create-server.js';
export { dataFiles, dataFingerprint } from './data-fingerprint.js';
export { escapeHtml } from './html-escape.js';
export { type ListenOptions, listen, type RunningServer } from './listen.js';
export { loadProjectState, type ProjectState } from './project-state.js';
export { serverVersion } from './server-version.js';
export { loadTokenConfig } from './token-config.js';
