/**
 * Modality cues (GUIDELINES §4). Matching is on folded single tokens unless a row has spaces.
 * - NEGATION: a negation in the clause of the cue makes the triple `negated`.
 * - HYPOTHETICAL: possibility, suggestion, expectation, condition: `hypothetical`.
 *   Plain futures are detected from the verb's tense (and English `will`), not listed here.
 * - REPORTING: verbs of saying and accusing; a triple inside the quote or the complement clause
 *   of one is `reported`, with the speaker as `attributedTo`.
 * - OBLIGATION: `doivent`, `must`: in reported speech an obligation counts as asserted
 *   (GUIDELINES §4 example), so these words neither negate nor make hypothetical.
 */

export const NEGATION = {
  fr: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'nullement', 'guère', 'ni', 'sans', 'refuse', 'refusé', 'refusent', 'refuser'],
  en: ['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'refuses', 'refuse', 'cannot'],
};

export const HYPOTHETICAL = {
  fr: [
    'pourrait', 'pourraient', 'pourrais', 'pourrions', 'pourra', 'pourront', 'puisse', 'puissent', 'devrait', 'devraient', 'envisage', 'envisagent',
    'envisagé', 'envisager', 'suggéré', 'suggère', 'suggèrent', 'suggérer', 'si', 'éventuel', 'éventuelle', 'éventuellement', 'possibilité', 'possible',
    'peut-être', 'attend', 'attendait', 'attendent', 'attendre', 'espère', 'espèrent', 'espérer', 'souhaiterait', 'prochainement', 'futures', 'futur',
  ],
  en: [
    'may', 'might', 'could', 'would', 'should', 'will', "'ll", 'consider', 'considering', 'considers', 'suggested', 'suggest', 'suggests', 'if', 'possibility',
    'possible', 'possibly', 'perhaps', 'expect', 'expects', 'expected', 'hope', 'hopes', 'likely', 'potential', 'potentially',
  ],
};

export const REPORTING = {
  fr: [
    'déclaré', 'déclare', 'déclarent', 'dit', 'indiqué', 'indique', 'affirmé', 'affirme', 'ajouté', 'ajoute', 'souligné', 'souligne', 'estimé', 'estime',
    'expliqué', 'explique', 'précisé', 'précise', 'noté', 'note', 'assuré', 'assure', 'selon', "d'après", 'insisté', 'rappelé', 'martelé', 'averti',
    'accuse', 'accusé', 'accusée', 'accusés', 'accusent', 'affirment', 'estiment',
  ],
  en: ['said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'noted', 'stressed', 'according', 'warned', 'insisted', 'explained', 'declared', 'accused', 'accuses', 'claimed', 'claims'],
};

/** Negation particles after a cue that negate it (`ne condamne pas`, `n'a jamais`, `aucune`). */
export const NEGATION_PARTICLES = /^(pas|jamais|plus|aucun|aucune|guère|nullement)$/;
