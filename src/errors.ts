/**
 * RelataError: every error the library throws on purpose carries a code and
 * the module it came from. The CLI turns codes into exit statuses; tests assert
 * the code, not the wording.
 */

export type RelataErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_FORMAT'
  | 'E_INPUT_TOO_LARGE'
  | 'E_GRAPH_NOT_FOUND'
  | 'E_GRAPH_FORMAT'
  | 'E_GRAPH_LOCKED'
  | 'E_USAGE'
  | 'E_QUERY_SYNTAX'
  | 'E_QUERY_BUDGET'
  | 'E_NOT_FOUND'
  | 'E_EXTRACTION_FAILED'
  | 'E_QUEUE_UNAVAILABLE';

export class RelataError extends Error {
  readonly code: RelataErrorCode;
  readonly module: string;
  readonly details: Record<string, unknown>;

  constructor(module: string, code: RelataErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(`relata/${module}: ${message}`);
    this.name = 'RelataError';
    this.code = code;
    this.module = module;
    this.details = details;
  }
}

/** A problem with one input that did not stop the run (the CLI prints these as warnings). */
export interface Warning {
  module: string;
  code: RelataErrorCode;
  message: string;
  file?: string;
}
