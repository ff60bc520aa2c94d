/**
 * relata as a user gets it: `npm pack`, the tarball installed into an empty project, and from
 * there a plain .mjs import, a TypeScript consumer under NodeNext, `relata build` and
 * `relata view` with the viewer page and /api/match fetched. Needs `npm run build` (npm test runs it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.ts';

const project = mkdtempSync(join(tmpdir(), 'relata-install-'));
const bin = join(project, 'node_modules', '.bin', 'relata');
let files: string[] = [];

function run(command: string, args: string[], cwd = project) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  // --ignore-scripts: `prepare` would rebuild dist/ under the other tests' feet
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], ROOT),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed.files.map((f) => f.path);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, packed.filename)]);
}, 600_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the installed package', () => {
  it('holds the compiled library, the built viewer, README and licence, and nothing else', () => {
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/cli/bin.js');
    expect(files).toContain('viewer/dist/index.html');
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    const stray = files.filter((f) => !/^(dist\/|viewer\/dist\/|README\.md$|LICENSE$|package\.json$)/.test(f));
    expect(stray).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('is imported from a plain .mjs file by Node, without tsx', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      `import { KnowledgeGraph, extract } from 'relata';
import { graphFromJSON, matchTriples } from 'relata/core';
const triples = extract('Germany supplied Patriot systems to Ukraine.');
const kg = new KnowledgeGraph();
kg.ingest(['France condemned the attack by Russia on Ukraine.']);
const copy = graphFromJSON(kg.toJSON());
console.log(JSON.stringify({ triples: triples.map((t) => [t.subject, t.predicate, t.object]), relations: kg.match({}).length, core: matchTriples(copy, {}).length }));
`,
    );
    const out = JSON.parse(run(process.execPath, ['use.mjs']));
    expect(out.triples).toContainEqual(['Germany', 'supplies', 'Ukraine']);
    expect(out.relations).toBeGreaterThan(0);
    expect(out.core).toBe(out.relations);
  });

  it('type-checks a TypeScript consumer under module NodeNext', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { KnowledgeGraph, extract, type Triple } from 'relata';
import { toGEXF, type RelataGraph } from 'relata/core';
const exported: string = toGEXF(new KnowledgeGraph().graph as RelataGraph);
const triples: Triple[] = extract('Germany supplied Patriot systems to Ukraine.');
const kg = new KnowledgeGraph();
kg.ingest(['France condemned Russia.']);
const first: string | undefined = triples[0]?.predicate;
// @ts-expect-error: a predicate outside the vocabulary
const wrong: Triple['predicate'] = 'befriends';
console.log(first, wrong, exported.length, kg.match({ subject: 'France' }).length);
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['use.ts'],
      }),
    );
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs relata build and relata view: the viewer page and /api/match answer', async () => {
    const corpus = join(project, 'news');
    run('mkdir', ['-p', corpus]);
    writeFileSync(
      join(corpus, 'a.txt'),
      'Germany supplied Patriot systems to Ukraine on Monday.\n\nRussia attacked Ukraine again.\n',
    );
    writeFileSync(join(corpus, 'b.txt'), "La France a condamné l'attaque de la Russie contre l'Ukraine.\n");
    // two documents on two worker threads: the installed worker module runs
    run(bin, ['build', corpus, '--graph', join(project, 'graph'), '--jobs', '2']);
    expect(JSON.parse(readFileSync(join(project, 'graph', 'graph.json'), 'utf8')).edges.length).toBeGreaterThan(0);

    const server = spawn(bin, ['view', '--graph', join(project, 'graph'), '--port', '0'], { cwd: project });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        server.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const found = /http:\/\/\S+/.exec(err);
          if (found) resolve(found[0].replace(/\/$/, ''));
        });
        server.on('exit', (code) => reject(new Error(`relata view exited ${code}: ${err}`)));
      });
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="app">');
      const match = await fetch(`${url}/api/match?subject=Germany`);
      expect(match.status).toBe(200);
      const { rows } = (await match.json()) as { rows: { predicate: string; object: string }[] };
      expect(rows.map((r) => `${r.predicate} ${r.object}`)).toContain('supplies Ukraine');
    } finally {
      server.kill('SIGINT');
    }
  });
});
