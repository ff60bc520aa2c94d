/**
 * People. Two kinds of data:
 * - KNOWN_PEOPLE: people whose names are spelled many ways across languages (the first form
 *   is the canonical label). Anyone else is found by rules (titles, first names, appositions)
 *   and merged across spellings by the transliteration key in extract/people.ts.
 * - FIRST_NAMES: given names frequent in international news; a capitalised word after one
 *   of them is taken as a surname.
 */
import type { EntityEntry } from './entry.ts';

const person = (label: string, ...forms: string[]): EntityEntry => ({ label, type: 'Person', forms: [label, ...forms] });

export const KNOWN_PEOPLE: readonly EntityEntry[] = [
  person('Jens Stoltenberg'),
  person('Mark Rutte'),
  person('Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelenski', 'Vladimir Zelensky', 'Volodymyr Oleksandrovych Zelensky'),
  person('Rustem Umerov', 'Roustem Oumierov', 'Rustem Oumierov', 'Roustem Umerov', 'Roustem Oumerov'),
  person('Dmytro Kuleba', 'Dmytro Kouleba', 'Dmitro Kouleba'),
  person('Andrii Sybiha', 'Andriy Sybiha', 'Andriï Sybiga', 'Andrii Sybiga'),
  person('Vladimir Putin', 'Vladimir Poutine'),
  person('Sergei Lavrov', 'Sergueï Lavrov', 'Sergey Lavrov'),
  person('Sergei Shoigu', 'Sergueï Choïgou', 'Sergey Shoigu'),
  person('Dmitry Peskov', 'Dmitri Peskov'),
  person('Joe Biden'),
  person('Donald Trump'),
  person('Antony Blinken'),
  person('Lloyd Austin'),
  person('Kamala Harris'),
  person('Emmanuel Macron'),
  person('Olaf Scholz'),
  person('Friedrich Merz'),
  person('Boris Pistorius'),
  person('Keir Starmer'),
  person('Rishi Sunak'),
  person('Giorgia Meloni'),
  person('Pedro Sánchez'),
  person('Donald Tusk'),
  person('Viktor Orbán', 'Viktor Orban'),
  person('Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'),
  person('Ursula von der Leyen'),
  person('Josep Borrell'),
  person('Kaja Kallas'),
  person('Charles Michel'),
  person('António Guterres', 'Antonio Guterres'),
  person('Xi Jinping'),
  person('Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'),
  person('Benjamin Netanyahu', 'Benyamin Netanyahou', 'Benjamin Netanyahou'),
  person('Rafael Grossi', 'Rafael Mariano Grossi'),
];

export const FIRST_NAMES: readonly string[] = [
  'Aleksandr', 'Alexander', 'Alexandre', 'Alexei', 'Alexeï', 'Andrii', 'Andriy', 'Andrzej', 'Angela', 'Anna', 'Annalena', 'Anne', 'Antony', 'Antonio', 'António',
  'Benjamin', 'Bernard', 'Boris', 'Catherine', 'Charles', 'Christine', 'Claire', 'Dan', 'Daniel', 'David', 'Denys', 'Dmitri', 'Dmitry', 'Dmytro', 'Donald',
  'Edouard', 'Édouard', 'Elisabeth', 'Élisabeth', 'Emmanuel', 'Frank', 'François', 'Friedrich', 'Gabriel', 'Georg', 'Giorgia', 'Hakan', 'Hans', 'Henri',
  'Igor', 'Ivan', 'Jake', 'James', 'Jean', 'Jean-Luc', 'Jean-Noël', 'Jean-Yves', 'Jens', 'Joe', 'John', 'Josep', 'Joseph', 'Kaja', 'Kamala', 'Keir',
  'Kyriakos', 'Lloyd', 'Mario', 'Mark', 'Marco', 'Maria', 'Marie', 'Mette', 'Michael', 'Michel', 'Mikhail', 'Mykhailo', 'Nicolas', 'Oleksandr', 'Oleksii',
  'Olaf', 'Olena', 'Oleg', 'Pedro', 'Peter', 'Petr', 'Pierre', 'Rafael', 'Recep', 'Rishi', 'Robert', 'Roman', 'Roustem', 'Rustem', 'Sébastien', 'Sergei',
  'Sergey', 'Sergueï', 'Sergiy', 'Stéphane', 'Thierry', 'Ursula', 'Valery', 'Valeri', 'Viktor', 'Vladimir', 'Volodymyr', 'William', 'Wolfgang', 'Xi', 'Yulia',
];

/** Particles inside names (`Lula da Silva`, `Ursula von der Leyen`, `Fidel De Jesus`), taken only before another name word. */
export const NAME_PARTICLES = new Set(['da', 'de', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ben', 'al', 'el', 'ibn', 'la', 'le', 'y']);
/** Generational suffixes after a surname (`Marcos Jr.`, `Austin III`). */
export const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)$/;
