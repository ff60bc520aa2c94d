import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { relata, SCORER, SEEDS } from './run.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'relata-cli-'));

describe('relata build', () => {
  let store: string;
  beforeAll(() => {
    store = join(tmp(), 'graph');
  });

  it('builds the seeds into a graph and prints a summary', () => {
    const r = relata(['build', SEEDS, '--out', store]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5 documents \(5 added, 0 updated, 0 unchanged\).* entities, \d+ relations/);
    const g = JSON.parse(readFileSync(join(store, 'graph.json'), 'utf8'));
    expect(g.attributes.format).toBe('relata-graph');
    expect(g.nodes.find((n: { key: string }) => n.key === 'country:germany').attributes.aliases[0].text).toBe(
      'Allemagne',
    );
  });

  it('is incremental and deterministic: the same inputs give the same bytes, unchanged documents are not read again', () => {
    const before = readFileSync(join(store, 'graph.json'));
    const again = relata(['build', SEEDS, '--out', store]);
    expect(again.stderr).toMatch(/0 added, 0 updated, 5 unchanged/);
    expect(readFileSync(join(store, 'graph.json')).equals(before)).toBe(true);
    const rebuilt = join(tmp(), 'graph');
    relata(['build', SEEDS, '--out', rebuilt, '--rebuild']);
    expect(readFileSync(join(rebuilt, 'graph.json')).equals(before)).toBe(true);
  });

  it('merges a second folder into the stored graph', () => {
    const [a, b] = [tmp(), tmp()];
    const files = readdirSync(SEEDS);
    files.slice(0, 2).forEach((f) => cpSync(join(SEEDS, f), join(a, f)));
    files.slice(2).forEach((f) => cpSync(join(SEEDS, f), join(b, f)));
    const out = join(tmp(), 'graph');
    relata(['build', a, '--out', out]);
    const r = relata(['build', b, '--out', out]);
    expect(r.stderr).toMatch(/5 documents \(3 added/);
  });

  it('reports a bad input by name and builds the rest', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), "L'Allemagne a livré des chars Leopard à l'Ukraine.\n");
    writeFileSync(join(dir, 'rows.jsonl'), '{"id":"a","text":"La France soutient la Moldavie."}\nnot json\n');
    const out = join(tmp(), 'graph');
    const r = relata(['build', dir, join(dir, 'missing.txt'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('rows.jsonl');
    const g = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(g.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['a', 'ok.txt']);
  });

  it('never overwrites a broken store', () => {
    const out = join(tmp(), 'graph');
    mkdirSync(out);
    writeFileSync(join(out, 'graph.json'), '{ broken');
    const r = relata(['build', SEEDS, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/graph\.json/);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('{ broken');
  });
});

describe('relata extract', () => {
  it('prints triples as JSON Lines with provenance, and scores above the bar on the dev set', () => {
    const r = relata(['extract', SEEDS]);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const key of [
      'doc',
      'subject',
      'predicate',
      'object',
      'modality',
      'sentence',
      'start',
      'end',
      'language',
      'rule',
      'cue',
      'confidence',
    ])
      expect(rows[0]).toHaveProperty(key);
    const dir = tmp();
    writeFileSync(join(dir, 'out.jsonl'), r.stdout);
    const score = JSON.parse(
      execFileSync(
        process.execPath,
        [SCORER, '--gold', join(SEEDS, '../../eval/dev/gold.jsonl'), '--pred', join(dir, 'out.jsonl'), '--json'],
        { encoding: 'utf8' },
      ),
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('reads standard input', () => {
    const r = relata(['extract', '-'], { input: 'Germany condemned Iran.\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      doc: 'stdin',
      subject: 'Germany',
      predicate: 'condemns',
      object: 'Iran',
    });
  });
});

describe('commands over a stored graph', () => {
  let store: string;
  beforeAll(() => {
    store = join(tmp(), 'graph');
    relata(['build', SEEDS, '--out', store]);
  });

  it('triples: aliases resolve in both languages, csv is quoted', () => {
    const r = relata(['triples', '--graph', store, '--subject', 'Allemagne', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(
      'subject,subjectType,predicate,object,objectType,modality,weight,docCount,firstDate,lastDate',
    );
    expect(r.stdout).toContain('Germany,Country,');
  });

  it('export: GEXF 1.3 that parses, graphology JSON that imports', () => {
    const gexf = relata(['export', '--format', 'gexf', '--graph', store]).stdout;
    const errors: string[] = [];
    const xml = new DOMParser({
      onError: (level, message) => void errors.push(`${level}: ${message}`),
    }).parseFromString(gexf, 'text/xml');
    expect(errors).toEqual([]);
    expect(xml.documentElement?.getAttribute('version')).toBe('1.3');
    const file = join(tmp(), 'g.json');
    expect(relata(['export', '--format', 'json', '--graph', store, '-o', file]).code).toBe(0);
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(readFileSync(file, 'utf8')));
    expect(g.order).toBeGreaterThan(10);
  });

  it('stats: entities by type and relations by predicate', () => {
    const s = JSON.parse(relata(['stats', '--graph', store, '--json']).stdout);
    expect(s.documents).toBe(5);
    expect(s.entitiesByType.Country).toBeGreaterThan(3);
    expect(s.relationsByPredicate.leads).toBeGreaterThan(0);
  });

  it('explain: shows mentions, rules and decisions', () => {
    const r = relata(['explain', "L'Italie n'a pas livré de chars à l'Ukraine."]);
    expect(r.stdout).toContain('Italie → Italy (Country)');
    expect(r.stdout).toMatch(/Italy → supplies → tanks\s+\[negated/);
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [['build'], 2, /name at least one file/],
    [['triples', '--colour'], 2, /unknown option "--colour"/],
    [['export', '--format', 'pdf'], 2, /--format takes one of/],
    [['stats', '--graph', '/nonexistent/relata'], 1, /^relata: .*\/nonexistent\/relata/],
  ] as const)('relata %j exits %i', (args, code, message) => {
    const r = relata([...args]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});

describe('a user lexicon (--lexicon)', () => {
  it('teaches entities and verbs; a bad row is named', () => {
    const dir = tmp();
    const lexicon = join(dir, 'mine.json');
    writeFileSync(
      lexicon,
      JSON.stringify({
        entities: [{ label: 'Azov Brigade', type: 'Organization', forms: ['brigade Azov', 'Azov Brigade'] }],
        verbs: [{ lemma: 'vilipender', language: 'fr', predicate: 'condemns', frame: 'direct' }],
      }),
    );
    const input = 'La Pologne a livré des munitions à la brigade Azov.\nLa Pologne vilipende la Russie.\n';
    const facts = relata(['extract', '-', '--lexicon', lexicon], { input })
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((t) => `${t.subject} ${t.predicate} ${t.object}`);
    expect(facts).toEqual(expect.arrayContaining(['Poland supplies Azov Brigade', 'Poland condemns Russia']));
    expect(relata(['extract', '-'], { input }).stdout).not.toContain('Azov Brigade');

    writeFileSync(lexicon, JSON.stringify({ entities: [{ label: 'X', type: 'Thing', forms: ['x'] }] }));
    const bad = relata(['build', SEEDS, '--out', join(dir, 'graph'), '--lexicon', lexicon]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`lexicon "${lexicon}": entities[0].type must be one of`);
  });
});
