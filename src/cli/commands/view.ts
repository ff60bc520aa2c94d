import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { GRAPH_FILE } from '../../graph/index.ts';
import { startServer } from '../../server/index.ts';
import { graphDirOf, intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';

export async function run({ options }: Parsed, io: Io): Promise<number> {
  const graphDir = graphDirOf(options);
  try {
    await access(join(graphDir, GRAPH_FILE));
  } catch {
    io.stderr(`relata view: no graph at ${join(graphDir, GRAPH_FILE)}; build one with: relata build <folder> --out ${graphDir}\n`);
    return EXIT.problems;
  }
  const server = await startServer({
    graphDir,
    host: typeof options.host === 'string' ? options.host : '127.0.0.1',
    port: intOption(options.port, 'port', 5173),
  });
  io.stderr(`relata viewer: ${server.url}  (Ctrl-C to stop)\n`);
  await io.interrupted();
  await server.close();
  io.stderr('relata viewer: stopped\n');
  return EXIT.ok;
}
