/**
 * The CLI as a plain script, for a production image: `node dist/src/cli/run-cli.js start` runs the
 * compiled code on plain Node with no build-stamp check and no tsx (a dev dependency). A clone uses
 * src/cli/bin.mjs instead, which picks dist/ or the TypeScript sources.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
