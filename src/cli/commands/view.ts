import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { GRAPH_FILE } from '../../graph/index.ts';
import { startServer } from '../../server/index.ts';
import { GRAPH_OPTION, graphDirOf, intOption } from '../args.ts';
import { EXIT, type Command } from '../command.ts';

export const view: Command = {
  name: 'view',
  usage: 'relata view [--graph graph] [--port 5173] [--host 127.0.0.1]',
  summary: 'Serves the viewer and the stored graph on this machine; stops on Ctrl-C.',
  options: {
    graph: GRAPH_OPTION,
    port: { type: 'string', short: 'p', description: 'port (default: 5173; 0 picks a free one)' },
    host: { type: 'string', description: 'address to bind (default: 127.0.0.1, this machine only)' },
  },
  async run({ options }, io) {
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
  },
};
