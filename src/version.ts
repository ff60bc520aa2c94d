/** relata's version, as its package.json says (one folder up from this module, in src/ and dist/ alike); read once. */
import { readFileSync } from 'node:fs';

let version: string | undefined;

export function relataVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
  return version;
}
