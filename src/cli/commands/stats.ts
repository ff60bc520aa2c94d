import { loadGraph } from '../../graph/index.ts';
import { graphStats } from '../../query/index.ts';
import { GRAPH_OPTION, graphDirOf } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../format.ts';

export const stats: Command = {
  name: 'stats',
  usage: 'relata stats [--graph graph] [--json]',
  summary: 'Summarises the stored graph: entities by type, relations by predicate, top entities by degree.',
  options: {
    graph: GRAPH_OPTION,
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run({ options }, io) {
    const s = graphStats(await loadGraph(graphDirOf(options)));
    if (options.json) {
      io.stdout(`${JSON.stringify(s, null, 2)}\n`);
      return EXIT.ok;
    }
    const counts = (o: Record<string, number>) => Object.entries(o).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => ({ name: k, count: n }));
    io.stdout(`${s.documents} documents, ${s.sentences} sentences, ${s.entities} entities, ${s.relations} relations\n\n`);
    io.stdout(`Entities by type\n${table(counts(s.entitiesByType), ['name', 'count'])}\n`);
    io.stdout(`Relations by predicate\n${table(counts(s.relationsByPredicate), ['name', 'count'])}\n`);
    io.stdout(`Top entities by degree\n${table(s.topEntities, ['label', 'type', 'degree'])}`);
    return EXIT.ok;
  },
};
