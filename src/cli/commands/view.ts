import type { VIEW } from './index.ts';
import { GRAPH_FILE, startServer } from '../../index.ts';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { graphDirOf, intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';

export async function run({ options }: Parsed<typeof VIEW>, io: Io): Promise<number> {
  const graphDir = graphDirOf(options);
  try {
    await access(join(graphDir, GRAPH_FILE));
  } catch {
    io.stderr(
      `relata: no graph at ${join(graphDir, GRAPH_FILE)}; build one with: relata build <folder> --out ${graphDir}\n`,
    );
    return EXIT.problems;
  }
  const server = await startServer({
    graphDir,
    host: typeof options.host === 'string' ? options.host : '127.0.0.1',
    port: intOption(options.port, 'port', 5173),
  });
  io.stderr(`relata: serving ${server.url}  (Ctrl-C to stop)\n`);
  await io.interrupted();
  await server.close();
  io.stderr('relata: stopped\n');
  return EXIT.ok;
}
