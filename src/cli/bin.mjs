#!/usr/bin/env node
// Entry point for `npx briefing` and `npm start`: loads TypeScript through tsx, then the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
