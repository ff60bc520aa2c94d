import type { DIFF } from './index.ts';
import { readFile, stat } from 'node:fs/promises';
import {
  RelataError,
  diffChanges,
  diffGraphs,
  diffSince,
  graphFromJSON,
  isDiffDate,
  loadGraph,
  type GraphDiff,
  type RelataGraph,
} from '../../index.ts';
import { diffSinceStore } from '../../graph/snapshots.ts';
import { graphDirOf, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { table } from '../format.ts';

const usage = (message: string) => new RelataError('cli', 'E_USAGE', message);

/** A graph argument: a store folder (its graph.json) or a graph.json file of any name. */
async function loadGraphAt(path: string): Promise<RelataGraph> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return graphFromJSON(await readFile(path, 'utf8'), path);
  if (!info && path.endsWith('.json'))
    throw new RelataError('graph', 'E_GRAPH_NOT_FOUND', `no graph at "${path}"`, { file: path });
  return loadGraph(path);
}

/** Whether a graph argument names a graph.json file rather than a store folder. */
async function isGraphFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info ? info.isFile() : path.endsWith('.json');
}

export async function run({ positional, options }: Parsed<typeof DIFF>, io: Io): Promise<number> {
  let diff: GraphDiff;
  let heading: string;
  if (options.since !== undefined) {
    if (!isDiffDate(options.since))
      throw usage(`option --since takes an ISO date (2024, 2024-08 or 2024-08-12), not "${options.since}"`);
    if (positional.length > 1 || (positional.length === 1 && options.graph !== undefined))
      throw usage('with --since, give one graph (-g DIR, or a folder or graph.json file), not two');
    const source = positional[0] ?? graphDirOf(options);
    // a store folder may have snapshots (build --snapshot), which know removals; a graph.json file has none
    diff = (await isGraphFile(source))
      ? diffSince(await loadGraphAt(source), options.since)
      : await diffSinceStore(source, options.since);
    heading = `Changes in ${source} since ${options.since}${diff.baseline === undefined ? '' : ` (compared with its snapshot ${diff.baseline})`}`;
  } else {
    if (options.graph !== undefined)
      throw usage('--graph goes with --since; to compare two graphs, give both: relata diff <old graph> <new graph>');
    if (positional.length !== 2)
      throw usage(
        `give two graphs, the old then the new (folders or graph.json files), or --since <date>; got ${positional.length}`,
      );
    const older = positional[0]!;
    const newer = positional[1]!;
    const [a, b] = [await loadGraphAt(older), await loadGraphAt(newer)];
    diff = diffGraphs(a, b);
    heading = `Changes from ${older} to ${newer}`;
  }
  const format = options.format ?? 'table';
  if (format === 'json') io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
  else if (format === 'jsonl')
    io.stdout(
      diffChanges(diff)
        .map((c) => `${JSON.stringify(c)}\n`)
        .join(''),
    );
  else io.stdout(diffTable(diff, heading));
  return EXIT.ok;
}

const beforeAfter = (before: number, after: number) => `${before} → ${after}`;

/** The readable report: a summary line, then a section per kind of change found, with its count. */
function diffTable(diff: GraphDiff, heading: string): string {
  const s = diff.summary;
  const removedCount = (n: number | null) => (n === null ? '?' : String(n));
  const lines: string[] = [
    `${heading}: ${s.changes} change${s.changes === 1 ? '' : 's'}`,
    `  documents +${s.documentsAdded}${s.documentsRemoved === null ? '' : ` -${s.documentsRemoved}`}, entities +${s.entitiesAdded} -${removedCount(s.entitiesRemoved)}, relations +${s.relationsAdded} -${removedCount(s.relationsRemoved)}, strengthened ${s.strengthened}, weakened ${removedCount(s.weakened)}, modality changes ${s.modalityChanges} (${s.fulfilled} fulfilled, ${s.denied} denied)`,
  ];
  if (!diff.removals)
    lines.push(
      '  (one graph: what was removed or weakened cannot be known; diff two graphs, or keep snapshots with build --snapshot, to see it)',
    );
  // the summary line counts every kind; a section is printed only when it has rows
  const section = (title: string, rows: object[] | null, columns: string[]) => {
    if (!rows?.length) return;
    lines.push('', `${title} (${rows.length})`, table(rows as Record<string, unknown>[], columns).trimEnd());
  };
  const relation = (r: GraphDiff['relations']['added'][number]) => {
    // an added relation has only its count after, a removed one only its count before
    const count = (before: number, after: number) =>
      r.change === 'relation-added' ? after : r.change === 'relation-removed' ? before : beforeAfter(before, after);
    return { ...r, docs: count(r.docCountBefore, r.docCountAfter), evidence: count(r.weightBefore, r.weightAfter) };
  };
  const relationColumns = ['subject', 'predicate', 'object', 'modality', 'docs', 'evidence'];
  section('Documents added', diff.documents.added, ['id', 'date', 'title']);
  section('Documents removed', diff.documents.removed, ['id', 'date', 'title']);
  const entity = (e: GraphDiff['entities']['added'][number]) => ({ ...e, docs: e.docCount });
  section('Entities added', diff.entities.added.map(entity), ['label', 'type', 'key', 'docs']);
  section('Entities removed', diff.entities.removed?.map(entity) ?? null, ['label', 'type', 'key', 'docs']);
  section('Relations added', diff.relations.added.map(relation), relationColumns);
  section('Relations removed', diff.relations.removed?.map(relation) ?? null, relationColumns);
  section('Strengthened', diff.relations.strengthened.map(relation), relationColumns);
  section('Weakened', diff.relations.weakened?.map(relation) ?? null, relationColumns);
  section(
    'Modality changes',
    diff.modality.map((m) => ({ ...m, from: m.before ?? '(new)', to: m.after, evidence: m.sentences.join(' ') })),
    ['change', 'subject', 'predicate', 'object', 'from', 'to', 'evidence'],
  );
  return `${lines.join('\n')}\n`;
}
