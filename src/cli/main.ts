/**
 * The relata command line: the only code that touches process.*. Each command is a thin
 * shell over the library (src/index.ts); errors with a code become messages and exit codes.
 */
import { RelataError } from '../errors.ts';
import { helpText, parseArgs } from './args.ts';
import { EXIT, type Command, type Io } from './command.ts';
import { build } from './commands/build.ts';
import { evalCommand } from './commands/eval.ts';
import { explain } from './commands/explain.ts';
import { exportCommand } from './commands/export.ts';
import { extract } from './commands/extract.ts';
import { query } from './commands/query.ts';
import { sparql } from './commands/sparql.ts';
import { stats } from './commands/stats.ts';
import { triples } from './commands/triples.ts';
import { view } from './commands/view.ts';

export const COMMANDS: readonly Command[] = [build, extract, explain, evalCommand, triples, query, sparql, exportCommand, stats, view];

const USAGE_CODES = new Set(['E_USAGE', 'E_QUERY_SYNTAX']);

function overview(): string {
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`);
  return `relata: French and English news in, one knowledge graph out.\n\nUsage: relata <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nrelata <command> --help shows a command's options.\n`;
}

function processIo(): Io {
  // `relata triples | head`: a closed pipe ends the output, not the program with a stack trace
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    interrupted: () => new Promise((resolve) => ['SIGINT', 'SIGTERM'].forEach((s) => process.once(s, () => resolve()))),
  };
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('relata 0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`relata: unknown command "${name}"\n\n${overview()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(helpText(`Usage: ${command.usage}`, command.summary, command.options));
    return EXIT.ok;
  }
  try {
    return await command.run(parseArgs(rest, command.options), io);
  } catch (e) {
    if (e instanceof RelataError) {
      io.stderr(`${e.message}\n`);
      if (e.code === 'E_USAGE') io.stderr(`usage: ${command.usage}\n`);
      return USAGE_CODES.has(e.code) ? EXIT.usage : EXIT.problems;
    }
    io.stderr(`relata ${name}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.unexpected;
  }
}
