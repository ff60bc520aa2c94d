import type { EXPORT } from './index.ts';
import {
  EXPORTERS,
  EXPORT_CHUNKS,
  KnowledgeGraph,
  NEO4J_ADMIN_COMMAND,
  RelataError,
  gexfChunks,
  loadGraph,
  type ExportFormat,
} from '../../index.ts';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { graphDirOf, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { evidenceOptions } from './query.ts';

export async function run({ options }: Parsed<typeof EXPORT>, io: Io): Promise<number> {
  if (typeof options.format !== 'string') {
    io.stderr(`relata: export: choose a format with --format (${Object.keys(EXPORTERS).join(', ')})\n`);
    return EXIT.usage;
  }
  const format = options.format as ExportFormat;
  if (options.evidence !== undefined && format !== 'gexf')
    throw new RelataError('cli', 'E_USAGE', `option --evidence is for --format gexf, not ${format}`);
  const output = typeof options.output === 'string' ? options.output : undefined;
  let graph = await loadGraph(graphDirOf(options));
  if (typeof options.subgraph === 'string')
    graph = new KnowledgeGraph(graph).slice(options.subgraph, evidenceOptions(options)).graph;
  const counts = `${graph.order} entities, ${graph.size} relations`;
  const chunks = EXPORT_CHUNKS[format];
  if (chunks) {
    const file = output === undefined ? undefined : createWriteStream(output);
    for (const chunk of format === 'gexf' ? gexfChunks(graph, { evidence: options.evidence }) : chunks(graph)) {
      if (file) {
        if (!file.write(chunk)) await new Promise<void>((done) => file.once('drain', () => done()));
      } else io.stdout(chunk);
    }
    if (file) {
      file.end();
      await finished(file);
      io.stderr(`wrote ${output} (${counts})\n`);
    }
    return EXIT.ok;
  }
  const result = EXPORTERS[format](graph);
  if (typeof result === 'string') {
    if (output === undefined) io.stdout(result);
    else {
      await writeFile(output, result);
      io.stderr(`wrote ${output} (${counts})\n`);
    }
    return EXIT.ok;
  }
  const files: Record<string, string> = result;
  const names = Object.keys(files);
  if (output === undefined)
    throw new RelataError(
      'cli',
      'E_USAGE',
      `--format ${format} writes several files (${names.join(', ')}): give a folder with -o DIR`,
    );
  await mkdir(output, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(output, name), text);
  io.stderr(`wrote ${names.map((n) => join(output, n)).join(', ')} (${counts})\n`);
  if (format === 'neo4j') io.stderr(`import with:\n  ${NEO4J_ADMIN_COMMAND.replace(/DIR/g, output)}\n`);
  return EXIT.ok;
}
