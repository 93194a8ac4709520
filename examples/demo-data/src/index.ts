export { DEFAULT_END_MONTH, type DemoDataOptions, type DemoPlan, planDemoData } from './demo-options.js';
export { DEMO_TABLES, generateDemoData, type Stats } from './generate-demo-data.js';
export { parseDemoArgs } from './parse-demo-args.js';
