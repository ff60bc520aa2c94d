/**
 * Reviewed exclusions: words that the name lists hold (mostly the US birth-name list behind
 * gender-detection-from-name, and faker's) and that survive the data rules of first-names.ts
 * (countries, calendar, dictionary words named by fewer than MIN_SOURCES_FOR_DICTIONARY_WORDS
 * lists), but that news text capitalises as titles, institutions, seasons, places or parts of place names:
 * before another capitalised word they would start a false person (`Victory Day`, `Sierra Leone`).
 * Only words that are actually in the set after those rules are listed (`general`, `king`,
 * `president`, `will`, `may`, `paris`, `jordan`… are already out). Common given names whose word
 * sense is rarely capitalised in news stay in (`Frank`, `Mark`, `Bill`, `Joy`, `Marine`, `Jade`).
 */
export const NOT_GIVEN_NAMES: readonly string[] = [
  // titles and ranks
  'emir',
  'sheikh',
  'imam',
  'duke',
  'earl',
  'dame',
  // institutions, parties, operations and virtues (`Victory Day`, `Liberty Bell`, `Unity Party`, `Hope Street`)
  'victory',
  'liberty',
  'unity',
  'freedom',
  'alliance',
  'kingdom',
  'navy',
  'harmony',
  'destiny',
  'mercy',
  'glory',
  'hope',
  'faith',
  // seasons and feasts
  'summer',
  'winter',
  'autumn',
  'easter',
  'ramadan',
  // places that the rules above do not catch (`Florence` is tagged ProperNoun, `Austin` not at all)
  'florence',
  'carolina',
  'dakota',
  'savannah',
  'madison',
  'austin',
  'orlando',
  'adelaide',
  'aspen',
  'cheyenne',
  'lourdes',
  // first words of place names and name particles (`Sierra Leone`, `Hong Kong`, `San Francisco`, `Al Qaeda`, `bin Salman`, `West Bank`)
  'sierra',
  'costa',
  'sri',
  'hong',
  'kong',
  'san',
  'santa',
  'santo',
  'sao',
  'al',
  'abu',
  'bin',
  'ibn',
  'west',
  'island',
  'lake',
  'bay',
  // names of things more often than of people (`Tea Party`, `Lion Air`, `Fox News`, `Pearl Harbor`, `Crystal Palace`, `Temple Mount`, `Rose Garden`)
  'tea',
  'lion',
  'fox',
  'falcon',
  'pearl',
  'crystal',
  'diamond',
  'ivory',
  'temple',
  'rose',
];
