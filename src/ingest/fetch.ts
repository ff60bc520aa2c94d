/**
 * Inputs given as web addresses: `http://` and `https://` URLs are fetched (with Node's
 * `fetch`), any other scheme (`file:`, `ftp:`, `javascript:`, `data:`…) is refused. Every hop
 * is checked: redirects are followed by hand (at most `MAX_REDIRECTS`, http/https only, no
 * loop), the whole fetch has `FETCH_TIMEOUT_MS`, the body is streamed and dropped as soon as
 * it passes the size limit (Content-Length is not trusted alone), and only text formats are
 * read: HTML, XML (RSS, Atom), JSON (JSON Feed, records), plain text and Markdown, the body
 * sniffed when the content type is missing or generic. With the validators of an earlier
 * fetch (ETag, Last-Modified) the request is conditional and a 304 says "unchanged".
 * Problems are thrown as `RelataError`s naming the URL; nothing is printed.
 */
import { RelataError } from '../errors.ts';
import { formatOf } from './fetch-format.ts';
import { inputError } from './problems.ts';
import { relataVersion } from '../version.ts';
import type { InputFormat } from './readers.ts';

/** The whole fetch of one URL (every redirect, and the body) must end within 30 s. */
export const FETCH_TIMEOUT_MS = 30_000;

/** Redirects followed for one URL: 5; the sixth is an error. */
export const MAX_REDIRECTS = 5;

/**
 * The largest body fetched: 16 MiB, the default maximum document size. A body is measured as
 * it arrives and the fetch is aborted past the limit. Ingest uses the larger of this and its
 * `maxDocumentBytes` (a page is then measured as a document, a feed's items one by one, as for
 * files): a lower maximum document size does not refuse a feed of small items.
 */
export const MAX_FETCH_BYTES = 16 * 2 ** 20;

/** What a request says it reads, most wanted first. */
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.9, application/xhtml+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.8, text/plain;q=0.5, text/markdown;q=0.5';

/** `relata/<version>`; `relata` if the version cannot be read. */
function userAgent(): string {
  try {
    const version: unknown = relataVersion();
    return typeof version === 'string' ? `relata/${version}` : 'relata';
  } catch {
    return 'relata';
  }
}

export interface FetchLimits {
  /** Milliseconds for the whole fetch (`FETCH_TIMEOUT_MS`). */
  timeoutMs: number;
  /** Bytes of body (`MAX_FETCH_BYTES`). */
  maxBytes: number;
  /** Redirects followed (`MAX_REDIRECTS`). */
  maxRedirects: number;
}

/** What an earlier fetch of the URL gave, for a conditional request. */
export interface Validators {
  /** The final URL (after redirects): the validators are sent only to it. */
  url: string;
  etag?: string;
  lastModified?: string;
}

export type Fetched =
  | {
      status: 'ok';
      /** The final URL, after redirects (without fragment). */
      url: string;
      bytes: Uint8Array;
      format: InputFormat;
      /** The charset the Content-Type names, if any. */
      charset?: string;
      etag?: string;
      lastModified?: string;
    }
  | { status: 'not-modified'; url: string; etag?: string; lastModified?: string };

/** Schemes that name no path even without `//` after them. */
const SCHEMES_WITHOUT_SLASHES = /^(?:file|ftp|javascript|vbscript|data|mailto|about|blob|tel|urn):/i;

/**
 * Whether an input is a URL rather than a path: a scheme of two letters or more followed by
 * `//` (a Windows drive, `C:\…`, is a path), or a well-known scheme (`javascript:`, `data:`…).
 * A local file whose name looks like one can be named `./name`.
 */
export function isUrlInput(input: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(input) || SCHEMES_WITHOUT_SLASHES.test(input);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** `1.5 MiB`, `12 KiB`, `200 bytes`. */
function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20) return `${Number((bytes / 2 ** 20).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** The URL an input names (fragment dropped), or a thrown error when it is not one we fetch. */
function parseUrl(input: string, address: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw base
      ? inputError('E_INPUT_UNREADABLE', input, `redirect to "${address}", which is not a valid URL`)
      : inputError('E_INPUT_FORMAT', input, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw inputError(
      'E_INPUT_FORMAT',
      input,
      `refused scheme "${url.protocol}"${base ? ` in a redirect to "${url.href}"` : ''}: only http: and https: URLs are fetched`,
    );
  }
  url.hash = '';
  return url;
}

/** A network error's reason: undici's `fetch failed` says little, its cause says what failed. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

/**
 * Fetches `input` (an `http:` or `https:` URL) within `limits`; with `validators` whose URL is
 * reached, the request is conditional and may answer `not-modified`. Throws a `RelataError`
 * naming `input`: E_INPUT_FORMAT (refused scheme, content type not text), E_INPUT_NOT_FOUND
 * (HTTP 404, 410), E_INPUT_TOO_LARGE (body over `limits.maxBytes`), E_INPUT_UNREADABLE (other
 * HTTP statuses, timeout, redirect loop, too many redirects, network errors).
 */
export async function fetchUrl(input: string, limits: FetchLimits, validators?: Validators): Promise<Fetched> {
  let url = parseUrl(input, input);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const timeout = () => inputError('E_INPUT_UNREADABLE', input, `timeout after ${seconds(limits.timeoutMs)}`);
  try {
    const visited = [url.href];
    for (;;) {
      const headers: Record<string, string> = { 'user-agent': userAgent(), accept: ACCEPT };
      const conditional = validators && validators.url === url.href && (validators.etag || validators.lastModified);
      if (conditional && validators.etag) headers['if-none-match'] = validators.etag;
      if (conditional && validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      let response: Response;
      try {
        response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      } catch (error) {
        if (timedOut) throw timeout();
        throw inputError('E_INPUT_UNREADABLE', input, `network error: ${networkReason(error)}`);
      }
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        const next = parseUrl(input, location, url);
        if (visited.includes(next.href))
          throw inputError('E_INPUT_UNREADABLE', input, `redirect loop: ${[...visited, next.href].join(' → ')}`);
        if (visited.length > limits.maxRedirects)
          throw inputError(
            'E_INPUT_UNREADABLE',
            input,
            `too many redirects (more than ${limits.maxRedirects}), the last to "${next.href}"`,
          );
        visited.push(next.href);
        url = next;
        continue;
      }
      const etag = response.headers.get('etag') ?? undefined;
      const lastModified = response.headers.get('last-modified') ?? undefined;
      if (response.status === 304 && conditional) {
        await response.body?.cancel().catch(() => undefined);
        return { status: 'not-modified', url: url.href, ...(etag && { etag }), ...(lastModified && { lastModified }) };
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => undefined);
        const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${url.href !== visited[0] ? ` (from "${url.href}")` : ''}`;
        throw inputError(
          response.status === 404 || response.status === 410 ? 'E_INPUT_NOT_FOUND' : 'E_INPUT_UNREADABLE',
          input,
          status,
        );
      }
      const bytes = await readBody(input, response, limits.maxBytes, controller).catch((error: unknown) => {
        throw timedOut ? timeout() : error;
      });
      const contentType = response.headers.get('content-type');
      const format = formatOf(input, contentType, bytes);
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
      return {
        status: 'ok',
        url: url.href,
        bytes,
        format,
        ...(charset && { charset }),
        ...(etag && { etag }),
        ...(lastModified && { lastModified }),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body, read as it arrives; past `max` bytes (or a Content-Length over it) the fetch is aborted. */
async function readBody(
  input: string,
  response: Response,
  max: number,
  controller: AbortController,
): Promise<Uint8Array> {
  const tooLarge = (what: string) => {
    controller.abort();
    return inputError('E_INPUT_TOO_LARGE', input, `too large (${what}, more than the maximum of ${formatBytes(max)})`);
  };
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) throw tooLarge(formatBytes(declared));
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > max) throw tooLarge(`over ${formatBytes(max)} received`);
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof RelataError) throw error;
    if (controller.signal.aborted) throw error; // the caller tells a timeout
    throw inputError('E_INPUT_UNREADABLE', input, `network error while reading the body: ${networkReason(error)}`);
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks, length);
}
