#!/usr/bin/env node
// The `kpi` executable: everything else lives in main(), which tests call in-process.
import { nodeIo } from './cli-io.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
