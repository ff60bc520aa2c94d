/**
 * The relata command line: the only code that touches process.*. Each command is a thin
 * shell over the library (src/index.ts); errors with a code become messages and exit codes.
 */
import { RelataError } from '../errors.ts';
import { helpText, parseArgs } from './args.ts';
import { cliMessage, EXIT, type CommandSpec, type Io } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { relataVersion } from '../version.ts';

const USAGE_CODES = new Set(['E_USAGE', 'E_QUERY_SYNTAX']);

function overview(): string {
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`);
  return `relata: French and English news in, one knowledge graph out.\n\nUsage: relata <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nrelata help <command> (or relata <command> --help) shows a command's options; relata --version (-V) its version.\n`;
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

const commandHelp = (command: CommandSpec) => helpText(`Usage: ${command.usage}`, command.summary, command.options);

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout(overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`relata ${relataVersion()}\n`);
    return EXIT.ok;
  }
  const wanted = name === 'help' ? rest[0] : name;
  const command = COMMANDS.find((c) => c.name === wanted);
  if (!command) {
    io.stderr(`relata: unknown command "${wanted}"\n\n${overview()}`);
    return EXIT.usage;
  }
  if (name === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  try {
    const { run } = await command.load();
    return await run(parseArgs(rest, command.options), io);
  } catch (e) {
    if (e instanceof RelataError) {
      io.stderr(`${cliMessage(e.message)}\n`);
      if (e.code === 'E_USAGE') io.stderr(`usage: ${command.usage}\n`);
      return USAGE_CODES.has(e.code) ? EXIT.usage : EXIT.problems;
    }
    io.stderr(`relata: ${name}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.unexpected;
  }
}
