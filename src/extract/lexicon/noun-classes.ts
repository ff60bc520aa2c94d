/**
 * Classes of common nouns the rules read by kind, not by entry: the containers of a
 * governed noun (`paquet`, `package`), the words of membership (`membres`, `allies`), the
 * words of an amount (`milliards`, `billion`), of an initiative (`efforts`), of a capital (`capitale`).
 */

/** Words between a verb and the noun it governs: quantities and ordinals (`un seizième paquet de sanctions`). */
export const CONTAINERS = /^(paquet|série|train|ensemble|vague|nouvel|nouveau|nouvelle|nouveaux|nouvelles|package|round|set|wave|batch|tranche|new|fresh|further|\p{L}+ième|\p{L}+th)$/u;

/** Nouns of the members of a body (`pays membres de l'OTAN`, `NATO allies`, `EU member states`). */
export const MEMBER_WORDS = /^(membres?|members?|alliés|allies|pays|countries|états|states|nations)$/;

/** The word that says membership: `membre`, `members`. */
export const MEMBER = /^(membres?|members?)$/;

/** Words of an amount of money or things (`2 milliards`, `$1 billion`). */
export const AMOUNT = /^(billion|million|milliards?|millions?|\p{N}+)$/u;

/** Nouns of an initiative, decision or contribution (besides INTENT_NOUNS) whose makers a verb of praise or blame names (`salue les efforts de X`, `welcomed the contributions of X`). */
export const INITIATIVE_NOUNS = /^(initiative|initiatives|décision|décisions|engagements?|annonces?|efforts?|contributions?)$/;

/** Nouns of a capital or city before its country (`the capital of Mali`, `la capitale de la Libye`). */
export const CAPITAL_NOUNS = /^(capital|capitale|city|ville)$/;
