import { writeFile } from 'node:fs/promises';
import { EXPORTERS, type ExportFormat } from '../../export/index.ts';
import { loadGraph } from '../../graph/index.ts';
import { EXIT, type Command } from '../command.ts';

export const exportCommand: Command = {
  name: 'export',
  usage: 'relata export --format json|gexf [--graph graph] [-o FILE]',
  summary: 'Writes the stored graph in another format: gexf (Gephi, Gephi Lite) or json (graphology).',
  options: {
    format: { type: 'string', short: 'f', description: 'output format', choices: Object.keys(EXPORTERS) },
    graph: { type: 'string', short: 'g', description: 'the store folder (default: graph)' },
    output: { type: 'string', short: 'o', description: 'file to write (default: standard output)' },
  },
  async run({ options }, io) {
    if (typeof options.format !== 'string') {
      io.stderr(`relata export: choose a format with --format (${Object.keys(EXPORTERS).join(', ')})\n`);
      return EXIT.usage;
    }
    const graph = await loadGraph(typeof options.graph === 'string' ? options.graph : 'graph');
    const text = EXPORTERS[options.format as ExportFormat](graph);
    if (typeof options.output === 'string') {
      await writeFile(options.output, text);
      io.stderr(`wrote ${options.output} (${graph.order} entities, ${graph.size} relations)\n`);
    } else io.stdout(text);
    return EXIT.ok;
  },
};
