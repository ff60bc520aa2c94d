import type { STATS } from './index.ts';
import { graphStats, loadGraph } from '../../index.ts';
import { graphDirOf, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { table } from '../format.ts';

export async function run({ options }: Parsed<typeof STATS>, io: Io): Promise<number> {
  const s = graphStats(await loadGraph(graphDirOf(options)));
  if (options.json) {
    io.stdout(`${JSON.stringify(s, null, 2)}\n`);
    return EXIT.ok;
  }
  const counts = (o: Record<string, number>) =>
    Object.entries(o)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => ({ name: k, count: n }));
  io.stdout(`${s.documents} documents, ${s.sentences} sentences, ${s.entities} entities, ${s.relations} relations\n\n`);
  io.stdout(`Entities by type\n${table(counts(s.entitiesByType), ['name', 'count'])}\n`);
  io.stdout(`Relations by predicate\n${table(counts(s.relationsByPredicate), ['name', 'count'])}\n`);
  io.stdout(`Top entities by degree\n${table(s.topEntities, ['label', 'type', 'degree'])}`);
  return EXIT.ok;
}
