/**
 * Cyrillic given names in Latin letters, as English and French news spell them (`Дмитрий` →
 * dmitry, dmitri, dmitriy; `Сергей` → sergey, sergei, serguei), for the name lists of
 * first-names.ts.
 */

type Cyrillic = 'ru' | 'uk' | 'south';

/** The letters common to the English news spelling of Russian, Ukrainian and South Slavic names. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ђ: 'dj',
  ћ: 'c',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  џ: 'dz',
  ө: 'o',
  ү: 'u',
  '’': '',
  "'": '',
  '-': '-',
};
/** Per language: Ukrainian (и = y, г = h), South Slavic (official Macedonian/Bulgarian: х = h, ц = c, ъ = a, щ = sht). */
const CYRILLIC_BY_LANGUAGE: Readonly<Record<Cyrillic, Readonly<Record<string, string>>>> = {
  ru: {},
  uk: { г: 'h', и: 'y' },
  south: { х: 'h', ц: 'c', ъ: 'a', щ: 'sht' },
};
/** The French press spelling (`Sergueï`, `Iouri`, `Dmitri Peskov`, `Roustem`), where it differs. */
const CYRILLIC_FRENCH: Readonly<Record<string, string>> = {
  ё: 'io',
  ж: 'j',
  у: 'ou',
  ч: 'tch',
  ш: 'ch',
  щ: 'chtch',
  ю: 'iou',
  я: 'ia',
  й: 'i',
  є: 'ie',
  ї: 'i',
};
/** South Slavic names in Gaj's Latin alphabet, folded (`Živko` → zivko, `Čedomir` → cedomir). */
const CYRILLIC_GAJ: Readonly<Record<string, string>> = {
  ж: 'z',
  ч: 'c',
  ш: 's',
  џ: 'dz',
  ђ: 'dj',
  ћ: 'c',
  ѓ: 'dj',
  ќ: 'c',
};

const CYRILLIC_VOWELS = new Set('аеёиоуыэюяіїєө'.split(''));
const FRONT_VOWELS = new Set('еёиюяыэ'.split(''));

function cyrillicLanguage(language: string): Cyrillic {
  if (language === 'uk' || language === 'be') return 'uk';
  if (['mk', 'bg', 'sr', 'bs', 'me'].includes(language)) return 'south';
  return 'ru';
}

/**
 * The Latin spellings of a Cyrillic given name that English and French news use: the English
 * spelling with its usual variants (final `-ий` as y, i or iy; `-ей` as ey or ei; `кс` as ks or x;
 * intervocalic `с` as s or ss; initial `е` as ye or e), and the French one (`ou`, `tch`, `ch`, `j`,
 * `gu` before e and i). `Виталий` → vitaly, vitali, vitaliy; `Василий` → vasily, vassily, vasiliy,
 * vassili…; `Андрій` (uk) → andrii, andriy; South Slavic names also in Gaj's alphabet (`Живко` →
 * zhivko, zivko).
 * Returns folded spellings; empty when a letter is not Cyrillic.
 */
export function cyrillicToLatin(name: string, language = 'ru'): string[] {
  const word = name.toLowerCase().normalize('NFC');
  const lang = cyrillicLanguage(language);
  const schemes = lang === 'south' ? (['en', 'gaj'] as const) : (['en', 'fr'] as const);
  const out = new Set<string>();
  for (const scheme of schemes) {
    const segments = spellSegments(word, lang, scheme);
    if (!segments) return [];
    let spellings = [''];
    for (const options of segments) spellings = spellings.flatMap((s) => options.map((o) => s + o));
    for (const s of spellings) out.add(s);
  }
  return [...out];
}

/** One option list per stretch of the word; undefined when a character has no spelling. */
function spellSegments(word: string, lang: Cyrillic, scheme: 'en' | 'fr' | 'gaj'): string[][] | undefined {
  const letters = {
    ...CYRILLIC,
    ...CYRILLIC_BY_LANGUAGE[lang],
    ...(scheme === 'fr' ? CYRILLIC_FRENCH : scheme === 'gaj' ? CYRILLIC_GAJ : {}),
  };
  if (scheme === 'fr' && lang === 'uk') Object.assign(letters, { г: 'h', и: 'y' });
  const fr = scheme === 'fr';
  const segments: string[][] = [];
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word[i]!;
    const prev = word[i - 1];
    const next = word[i + 1];
    const rest = word.slice(i);
    if (lang !== 'south' && i === n - 2 && i > 0) {
      // Endings with several current spellings.
      if (rest === 'ий' || rest === 'ый') {
        segments.push(lang === 'uk' ? ['yi', 'iy'] : fr ? ['i'] : ['y', 'i', 'iy']);
        break;
      }
      if (rest === 'ій') {
        segments.push(fr ? ['ii'] : ['ii', 'iy']);
        break;
      }
      if (rest === 'ия' || rest === 'ія') {
        segments.push(fr ? ['ia'] : lang === 'uk' ? ['iia', 'iya', 'ia'] : ['iya', 'ia']);
        break;
      }
      if (rest === 'ья') {
        segments.push(fr ? ['ia'] : ['ya', 'ia']);
        break;
      }
    }
    if (c === 'й' && i === n - 1 && prev && CYRILLIC_VOWELS.has(prev) && lang !== 'south') {
      segments.push(fr ? ['i'] : ['y', 'i']);
      continue;
    }
    if (c === 'к' && next === 'с' && lang !== 'south') {
      segments.push(['ks', 'x']);
      i++;
      continue;
    }
    if (c === 'с' && prev && next && CYRILLIC_VOWELS.has(prev) && CYRILLIC_VOWELS.has(next) && lang !== 'south') {
      segments.push(['s', 'ss']);
      continue;
    }
    if (c === 'е' && i === 0 && lang === 'ru') {
      segments.push(fr ? ['e'] : ['ye', 'e']);
      continue;
    }
    if (c === 'г' && fr && lang === 'ru' && next && FRONT_VOWELS.has(next)) {
      segments.push(['gu']);
      continue;
    }
    const latin = letters[c];
    if (latin === undefined) return undefined;
    segments.push([latin]);
  }
  return segments;
}
