/** The shape of a CLI command: its options, its help, and a run function that returns an exit code. */
import type { Warning } from '../errors.ts';
import type { OptionSpecs, Parsed } from './args.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress lines may be redrawn). */
  interactive: boolean;
  readStdin: () => Promise<string>;
  /** Resolves when the user interrupts (Ctrl-C). */
  interrupted: () => Promise<void>;
}

/** A command as `relata help` shows it; `load` brings its module, whose `run` returns an exit code. */
export interface CommandSpec<S extends OptionSpecs = OptionSpecs> {
  name: string;
  usage: string;
  summary: string;
  options: S;
  load(): Promise<{ run(args: Parsed<S>, io: Io): Promise<number> }>;
}

/** A message for stderr: one prefix, `relata: `, whichever part of the library it comes from. */
export const cliMessage = (message: string): string => `relata: ${message.replace(/^relata\/[\w-]+: /, '')}`;

export const formatWarning = (w: Warning): string => cliMessage(w.message);

/** Exit codes: 0 ok, 1 ran but found problems, 2 usage, 3 unexpected. */
export const EXIT = { ok: 0, problems: 1, usage: 2, unexpected: 3 } as const;
