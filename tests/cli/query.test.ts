/** The real binary on a small graph: stdout, stderr and exit codes of query, sparql and export. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCSV } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveGraph } from '../../src/graph/index.ts';
import { richGraph } from '../query/fixture.ts';

const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'relata-cli-'));
const graphDir = join(root, 'graph');

function relata(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: root }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 3) : 0, stdout, stderr });
    });
  });
}
const jsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

beforeAll(async () => {
  await saveGraph(graphDir, richGraph());
});

describe.concurrent('relata query', () => {
  it('prints JSON Lines when piped, one row per binding with its evidence count', async () => {
    const r = await relata('query', '?x supplies ?item . ?x member_of OTAN', '--graph', graphDir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(jsonl(r.stdout)).toEqual([
      { x: 'Germany', item: 'Leopard 2', evidence: 2 },
      { x: 'Germany', item: 'Ukraine', evidence: 3 },
    ]);
  });

  it('prints an aligned table, with sentences on request', async () => {
    const r = await relata('query', 'Allemagne', 'supplies', '?x', '-g', graphDir, '--format', 'table', '--evidence');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'x          evidence',
        'Leopard 2  1',
        '    [en/berlin-tanks.txt 2024-01-25, asserted] Germany supplies Leopard 2 tanks to Ukraine.',
        'Ukraine    2',
        '    [en/berlin-tanks.txt 2024-01-25, asserted] Germany supplies Leopard 2 tanks to Ukraine.',
        "    [fr/chars.txt 2024-02-03, asserted] L'Allemagne livre des chars à l'Ukraine.",
        '',
      ].join('\n'),
    );
  });

  it('applies --type, --modality, --from/--to and --limit, and writes csv and json', async () => {
    expect(
      jsonl((await relata('query', '?x ?p NATO', '-g', graphDir, '--type', 'Country', '--limit', '2')).stdout),
    ).toEqual([
      { x: 'France', p: 'member_of', evidence: 1 },
      { x: 'Germany', p: 'member_of', evidence: 1 },
    ]);
    expect(
      jsonl((await relata('query', '?x attacks ?y', '-g', graphDir, '--modality', 'hypothetical,negated')).stdout),
    ).toEqual([{ x: 'Russia', y: 'Ukraine', evidence: 1 }]);
    const csv = await relata('query', '?x supplies ?y', '-g', graphDir, '--from', '2024-02', '--format', 'csv');
    expect(csv.stdout).toBe('x,y,evidence\r\nGermany,Ukraine,1\r\n');
    const json = await relata('query', '?x thanks ?y', '-g', graphDir, '-f', 'json');
    expect(JSON.parse(json.stdout)).toEqual([{ x: 'Volodymyr Zelensky', y: 'France', evidence: 1 }]);
    expect((await relata('query', 'Ukraine supplies ?x', '-g', graphDir, '-f', 'table')).stdout).toBe('no matches\n');
  });

  it('exits 2 on a syntax error, showing a caret', async () => {
    const r = await relata('query', '?x suplies Ukraine', '-g', graphDir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'relata: unknown predicate "suplies"; did you mean supplies? (column 4)\n  ?x suplies Ukraine\n     ^\n',
    );
  });

  it('exits 2 on bad options, 1 on an unknown entity or a missing graph', async () => {
    expect((await relata('query', '?x supplies Ukraine', '-g', graphDir, '--from', 'yesterday')).code).toBe(2);
    expect((await relata('query', '-g', graphDir)).code).toBe(2);
    const unknown = await relata('query', '?x supplies Ukriane', '-g', graphDir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('relata: no entity "Ukriane"; did you mean Ukraine?\n');
    expect((await relata('query', '?x supplies Ukraine', '-g', join(root, 'nowhere'))).code).toBe(1);
  });
});

describe.concurrent('relata sparql', () => {
  it('gives the same rows as the equivalent pattern', async () => {
    const pattern = jsonl((await relata('query', '?x supplies Ukraine', '-g', graphDir)).stdout).map((r) => ({
      x: r.x,
    }));
    const r = await relata(
      'sparql',
      'SELECT ?x WHERE { ?e rel:supplies ent:country:ukraine ; skos:prefLabel ?x } ORDER BY ?x',
      '-g',
      graphDir,
    );
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toEqual(pattern);
    expect(pattern).toEqual([{ x: 'Germany' }]);
  });

  it('prints tables with compact IRIs, csv, ASK answers; exits 2 on bad SPARQL', async () => {
    const table = await relata('sparql', 'SELECT ?e WHERE { ?e rdfs:label "OTAN"@fr }', '-g', graphDir, '-f', 'table');
    expect(table.stdout).toBe('e\nent:organization:nato\n');
    const csv = await relata(
      'sparql',
      'SELECT ?t WHERE { ?s rel:text ?t } ORDER BY ?t LIMIT 1',
      '-g',
      graphDir,
      '-f',
      'csv',
    );
    expect(csv.stdout).toBe('t\r\nFrance does not sanction Germany.\r\n');
    expect(
      (await relata('sparql', 'ASK { ent:country:france rel:member_of ent:organization:nato }', '-g', graphDir)).stdout,
    ).toBe('true\n');
    expect((await relata('sparql', 'SELECT ?x WHERE {', '-g', graphDir)).code).toBe(2);
  });
});

describe.concurrent('relata export', () => {
  it('writes one file with -o, or several into a folder', async () => {
    const ttl = join(root, 'g.ttl');
    expect((await relata('export', '-f', 'turtle', '-g', graphDir, '-o', ttl)).code).toBe(0);
    expect(readFileSync(ttl, 'utf8')).toContain('@prefix rel: <https://relata.dev/ontology#> .');
    const dir = join(root, 'csv');
    const r = await relata('export', '-f', 'csv', '-g', graphDir, '-o', dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'evidence.csv', 'nodes.csv']);
    const neo = await relata('export', '-f', 'neo4j', '-g', graphDir, '-o', join(root, 'neo'));
    expect(neo.stderr).toContain('neo4j-admin database import full');
  });

  it('refuses a several-file format on stdout (exit 2)', async () => {
    const r = await relata('export', '-f', 'csv', '-g', graphDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give a folder with -o DIR');
  });

  it('exports only the slice a pattern binds with --subgraph', async () => {
    const r = await relata(
      'export',
      '-f',
      'csv',
      '-g',
      graphDir,
      '-o',
      join(root, 'slice'),
      '--subgraph',
      '?x member_of NATO . ?x sanctions ?y',
      '--modality',
      'asserted',
    );
    expect(r.code).toBe(0);
    const edges = parseCSV(readFileSync(join(root, 'slice', 'edges.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(edges.map((e) => e.key)).toEqual([
      'country:france|member_of|organization:nato',
      'country:france|sanctions|country:russia',
    ]);
    const json = await relata('export', '-f', 'json', '-g', graphDir, '--subgraph', 'Russia attacks ?x');
    expect(JSON.parse(json.stdout).edges.map((e: { key: string }) => e.key)).toEqual([
      'country:russia|attacks|country:ukraine',
    ]);
  });
});
