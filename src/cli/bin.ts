#!/usr/bin/env node
// The relata command, as installed: `bin` in package.json points at this file's compiled form.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
