/**
 * The shape of ingest's problems: a `RelataError` naming the file (and line), thrown by
 * readers and turned into a `Warning` when the run goes on without that input.
 */
import { RelataError, type RelataErrorCode, type Warning } from '../errors.ts';

const MODULE = 'ingest';

/** `relata/ingest: cannot read "x.pdf": not a text format`; `where` is e.g. `line 3`. */
export function inputError(code: RelataErrorCode, file: string, problem: string, where?: string): RelataError {
  return new RelataError(MODULE, code, `cannot read "${file}"${where ? ` ${where}` : ''}: ${problem}`, { file, where });
}

export function toWarning(error: RelataError): Warning {
  return { module: error.module, code: error.code, message: error.message, file: String(error.details.file) };
}

/** The error for a document of `bytes` over `max`, or undefined when it fits. */
export function tooLarge(file: string, bytes: number, max: number, where?: string): RelataError | undefined {
  if (bytes <= max) return undefined;
  return inputError(
    'E_INPUT_TOO_LARGE',
    file,
    `${(bytes / 2 ** 20).toFixed(1)} MiB, more than the maximum document size of ${(max / 2 ** 20).toFixed(1)} MiB (--max-document-size)`,
    where,
  );
}
