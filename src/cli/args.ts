/** A small argument parser: each command declares its options; anything else is a usage error. */
import { RelataError } from '../errors.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** For string options: the accepted values. */
  choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface Parsed {
  positional: string[];
  options: Record<string, string | boolean | undefined>;
}

const usage = (message: string) => new RelataError('cli', 'E_USAGE', message);

export function parseArgs(argv: string[], specs: OptionSpecs): Parsed {
  const options: Parsed['options'] = {};
  const positional: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const long = arg.startsWith('--');
    const name = long ? arg.slice(2, eq < 0 ? undefined : eq) : byShort.get(arg.slice(1));
    const inline = long && eq >= 0 ? arg.slice(eq + 1) : undefined;
    const spec = name ? specs[name] : undefined;
    if (!name || !spec) throw usage(`unknown option "${arg}"`);
    if (spec.type === 'boolean') {
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw usage(`option --${name} needs a value`);
    if (spec.choices && !spec.choices.includes(value)) throw usage(`option --${name} takes one of ${spec.choices.join(', ')}, not "${value}"`);
    options[name] = value;
  }
  return { positional, options };
}

/** A whole number option, checked. */
export function intOption(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw usage(`option --${name} takes a whole number, not "${value}"`);
  return n;
}

export function helpText(usageLine: string, summary: string, specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : ''}--${name}${s.type === 'string' ? ` <${s.choices ? s.choices.join('|') : 'value'}>` : ''}`;
    return `  ${flag.padEnd(34)} ${s.description}`;
  });
  return `${usageLine}\n\n${summary}\n${rows.length ? `\nOptions:\n${rows.join('\n')}\n` : ''}`;
}

/** The `--graph DIR` option every command that reads the store takes, and its value. */
/** What `--format` takes where a command prints rows. */
export const OUTPUT_FORMATS = ['table', 'jsonl', 'csv', 'json'] as const;

export const GRAPH_OPTION: OptionSpec = { type: 'string', short: 'g', description: 'the store folder (default: graph)' };
export const graphDirOf = (options: Parsed['options']): string => (typeof options.graph === 'string' ? options.graph : 'graph');
