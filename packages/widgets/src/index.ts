// The public surface of @nyckeltal/widgets. Explicit exports only.
// Importing this module registers the kpi-* custom elements.
export type { SnapshotError } from './base/check-snapshot.js';
export { checkSnapshot } from './base/check-snapshot.js';
export type { AttributeMeta, ElementMeta } from './base/element-meta.js';
export { KpiElement } from './base/kpi-element.js';
export { KpiBreakdown, sortBreakdown } from './elements/kpi-breakdown.js';
export { KpiCard } from './elements/kpi-card.js';
export { KpiScorecard } from './elements/kpi-scorecard.js';
export { KpiTree } from './elements/kpi-tree.js';
export { KpiTrend } from './elements/kpi-trend.js';
export { formatPeriod } from './format/format-period.js';
export { formatDelta, formatDuration, formatValue } from './format/format-value.js';
export type { Lang } from './format/messages.js';
export type { ThemeToken } from './theme/theme-tokens.js';
export { themeTokens } from './theme/theme-tokens.js';
