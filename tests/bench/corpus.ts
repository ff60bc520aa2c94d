/** A synthetic news corpus for benchmarks: French and English sentences from templates, seeded. */
import { createHash } from 'node:crypto';
import type { Doc } from '../../src/types.ts';

const COUNTRIES = [
  ['Allemagne', 'Germany'],
  ['France', 'France'],
  ['Pologne', 'Poland'],
  ['Japon', 'Japan'],
  ['Canada', 'Canada'],
  ['Suède', 'Sweden'],
  ['Turquie', 'Turkey'],
  ['Brésil', 'Brazil'],
  ['Inde', 'India'],
  ['Kenya', 'Kenya'],
];
const TARGETS = [
  ['Ukraine', 'Ukraine'],
  ['Moldavie', 'Moldova'],
  ['Géorgie', 'Georgia'],
  ['Arménie', 'Armenia'],
];
const THINGS = [
  ['des chars Leopard', 'Leopard tanks'],
  ['des drones', 'drones'],
  ['des obus', 'artillery shells'],
  ['une aide financière', 'financial aid'],
  ['des systèmes Patriot', 'Patriot systems'],
];
const FR = [
  (a: string[], b: string[], t: string[]) =>
    `Le gouvernement de ${a[0]} a livré ${t[0]} à l'${b[0]} la semaine dernière.`,
  (a: string[], b: string[]) => `La ${a[0]} a fermement condamné les frappes russes contre la ${b[0]}.`,
  (a: string[], b: string[], t: string[]) =>
    `« Nous allons fournir ${t[0]} à la ${b[0]} », a déclaré le ministre de ${a[0]}.`,
  (a: string[], b: string[], t: string[]) =>
    `La ${a[0]} pourrait envoyer ${t[0]} à la ${b[0]} si la situation se dégrade.`,
  () => `Les marchés ont réagi calmement à ces annonces, selon plusieurs analystes interrogés mercredi.`,
];
const EN = [
  (a: string[], b: string[], t: string[]) => `${a[1]} delivered ${t[1]} to ${b[1]} on Monday, officials said.`,
  (a: string[], b: string[]) => `${a[1]} strongly condemned Russia's attacks on ${b[1]}.`,
  (a: string[], b: string[], t: string[]) => `${a[1]} did not send ${t[1]} to ${b[1]} this year.`,
  (a: string[], b: string[]) => `The foreign minister of ${a[1]} met his counterpart from ${b[1]} in Brussels.`,
  () => `Trading volumes were light ahead of the holiday, according to several brokers.`,
];

/** A seeded generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCorpus(documents: number, sentencesPerDoc = 12, seed = 7): Doc[] {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: documents }, (_, i) => {
    const templates = i % 2 ? EN : FR;
    const text = Array.from({ length: sentencesPerDoc }, () =>
      pick(templates)(pick(COUNTRIES), pick(TARGETS), pick(THINGS)),
    ).join(' ');
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      id: `doc-${String(i).padStart(5, '0')}.txt`,
      text,
      date: `2025-0${(i % 9) + 1}-${day}`,
      sha256: createHash('sha256').update(text).digest('hex'),
    };
  });
}
