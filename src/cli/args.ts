/**
 * Command-line options: each command declares its options (commands/index.ts); node:util's
 * parseArgs reads them, strictly, and its errors become usage errors (exit 2).
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { RelataError } from '../errors.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** For string options: the accepted values. */
  choices?: readonly string[];
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The options given, typed by their specs: a flag is true, a string option its value (one of its choices). */
export type Options<S extends OptionSpecs> = {
  [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : S[K]['choices'] extends readonly (infer C)[] ? C : string;
};

export interface Parsed<S extends OptionSpecs = OptionSpecs> {
  positional: string[];
  options: Options<S>;
}

const usage = (message: string) => new RelataError('cli', 'E_USAGE', message);

/** node:util's message, without its advice for another kind of program. */
function usageMessage(error: Error & { code?: string }): string {
  const name = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${name}"`;
  if (/argument missing/.test(error.message)) return `option ${name.replace(/ <value>$/, '')} needs a value`;
  if (/does not take an argument/.test(error.message)) return `option ${name} takes no value`;
  if (/ambiguous/.test(error.message))
    return `option ${name} needs a value (write ${name}=-… for a value that starts with a dash)`;
  return error.message.split('\n')[0]!;
}

export function parseArgs<S extends OptionSpecs>(argv: string[], specs: S): Parsed<S> {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [name, s.short ? { type: s.type, short: s.short } : { type: s.type }]),
  );
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usage(usageMessage(error as Error & { code?: string }));
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw usage(`option --${name} takes one of ${spec.choices.join(', ')}, not "${value}"`);
    }
  }
  return { positional: parsed.positionals, options: parsed.values as Options<S> };
}

/** A whole number option, checked. */
export function intOption(value: string | undefined, name: string, fallback: number): number {
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

/** What `--format` takes wherever a command prints records. */
export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The `--graph DIR` option every command that reads or writes the store takes, and its value. */
export const GRAPH_OPTION = {
  type: 'string',
  short: 'g',
  description: 'the store folder (default: graph)',
} as const satisfies OptionSpec;
export const graphDirOf = (options: { graph?: string }): string => options.graph ?? 'graph';
