/**
 * One set of CLI conventions, checked in-process (`main` with a captured Io): flags, formats,
 * help, version, one error prefix, progress lines.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { progressLine } from '../../src/cli/commands/build.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { ROOT, relataInProcess as relata } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'relata-conventions-'));
const graph = join(dir, 'graph');
const article = join(dir, 'article.txt');

beforeAll(async () => {
  writeFileSync(
    article,
    "L'Allemagne a livré des chars Leopard à l'Ukraine.\n\nFrance condemned the attack by Russia on Ukraine.\n",
  );
  await buildGraph([article], { out: graph, iterations: 1 });
});

describe('flags', () => {
  it('a short flag means the same long option in every command', () => {
    const meaning = new Map<string, Set<string>>();
    for (const command of COMMANDS) {
      for (const [name, spec] of Object.entries(command.options))
        if (spec.short) meaning.set(spec.short, (meaning.get(spec.short) ?? new Set()).add(name));
    }
    for (const [short, names] of meaning) expect([short, [...names]]).toEqual([short, [[...names][0]]]);
  });

  it('every command that prints records takes --format table|json|jsonl|csv|tsv and --limit', () => {
    for (const name of ['triples', 'query', 'sparql', 'extract']) {
      const options = COMMANDS.find((c) => c.name === name)!.options;
      expect([name, options.format.choices]).toEqual([name, ['table', 'json', 'jsonl', 'csv', 'tsv']]);
      expect([name, options.limit.short]).toEqual([name, 'n']);
    }
  });

  it.each([
    [['build', article, '--graph'], 'relata: option -g, --graph needs a value\n'],
    [['build', article, '--rebuild=yes'], 'relata: option --rebuild takes no value\n'],
    [['triples', '--colour'], 'relata: unknown option "--colour"\n'],
    [['view', '-p', '80'], 'relata: unknown option "-p"\n'],
    [
      ['triples', '--subject', '-x'],
      'relata: option --subject needs a value (write --subject=-… for a value that starts with a dash)\n',
    ],
    [['triples', '--format', 'xml'], 'relata: option --format takes one of table, json, jsonl, csv, tsv, not "xml"\n'],
  ])('%j is a usage error (exit 2) with one message', async (argv, message) => {
    const r = await relata(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0] + '\n').toBe(message);
    expect(r.stderr).toMatch(/usage: relata /);
  });
});

describe('formats', () => {
  it.each(['triples', 'query', 'extract'])('%s prints the same records in every format', async (name) => {
    const args =
      name === 'triples'
        ? ['triples', '-g', graph, '-s', 'Allemagne']
        : name === 'query'
          ? ['query', 'Germany ?rel ?x', '-g', graph]
          : ['extract', article];
    const json = JSON.parse((await relata([...args, '-f', 'json'])).stdout) as Record<string, unknown>[];
    expect(json.length).toBeGreaterThan(0);
    const jsonl = (await relata([...args, '-f', 'jsonl'])).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(jsonl).toEqual(json);
    const csv = parse((await relata([...args, '-f', 'csv'])).stdout, { columns: true }) as Record<string, string>[];
    const tsv = (await relata([...args, '-f', 'tsv'])).stdout.trim().split('\n');
    expect(csv).toHaveLength(json.length);
    expect(tsv).toHaveLength(json.length + 1);
    expect(tsv[0].split('\t')).toEqual(Object.keys(csv[0]));
    expect((await relata([...args, '-f', 'table'])).stdout.split('\n').length).toBeGreaterThan(json.length);
    expect(JSON.parse((await relata([...args, '-f', 'json', '-n', '1'])).stdout)).toHaveLength(1);
  });
});

describe('help and version', () => {
  it('relata help <command> is relata <command> --help', async () => {
    const help = await relata(['help', 'query']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: relata query/);
    expect((await relata(['query', '--help'])).stdout).toBe(help.stdout);
    expect((await relata(['help', 'nothing'])).code).toBe(2);
  });

  it('--version and -V print the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect((await relata([flag])).stdout).toBe(`relata ${version}\n`);
  });

  it('every error, from any part of the library, starts with "relata: "', async () => {
    const missing = await relata(['stats', '-g', join(dir, 'none')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^relata: no graph at /);
    const bad = await relata(['build', join(dir, 'nothing.txt'), '-g', join(dir, 'g2')]);
    expect(bad.stderr).toMatch(/^relata: .*nothing\.txt/);
  });
});

describe('duplicates', () => {
  it('names five documents read once because of the same content, then counts the others', async () => {
    const folder = join(dir, 'copies');
    (await import('node:fs')).mkdirSync(folder);
    for (let i = 0; i < 9; i++)
      writeFileSync(join(folder, `copy-${i}.txt`), "L'Allemagne a livré des chars à l'Ukraine.\n");
    const r = await relata(['build', folder, '-g', join(dir, 'copies-graph')]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/has the same content as "copy-0.txt": read once/g)).toHaveLength(5);
    expect(r.stderr).toContain('relata: and 3 more documents with the same content as another: read once');
  });
});

describe('progress', () => {
  it.each([
    [{ phase: 'extract', done: 3, total: 12 }, true, 'extracting 3/12 documents'],
    [{ phase: 'extract', done: 3, total: 12 }, false, 'extracting 12 documents: 20 %'],
    [{ phase: 'extract', done: 4, total: 12 }, false, 'extracting 12 documents: 30 %'],
    [
      { phase: 'extract', done: 0, total: 1, sentences: { done: 4321, total: 10000 } },
      true,
      'extracting document 1/1: 43 % of its 10,000 sentences',
    ],
    [
      { phase: 'extract', done: 0, total: 1, sentences: { done: 4321, total: 10000 } },
      false,
      'extracting document 1/1: 40 % of its 10,000 sentences',
    ],
    [{ phase: 'save', done: 0, total: 1 }, false, 'save…'],
  ] as const)('%j on a terminal: %s → %s', (progress, interactive, line) => {
    expect(progressLine(progress, interactive)).toBe(line);
  });

  it('a log gets no line per document', () => {
    const lines = new Set(
      Array.from({ length: 500 }, (_, done) => progressLine({ phase: 'extract', done, total: 500 }, false)),
    );
    expect(lines.size).toBe(10);
  });
});
