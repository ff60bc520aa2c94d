/**
 * Classes of verbs the rules read by kind, as prefixes of their French and English forms
 * (`frapp` covers `frappé`, `frappent`): verbs of hitting a target, and participles that
 * introduce the agent of an action noun.
 */

/** Verbs of hitting a target, prefixes (`les frappes qui ont touché Kyiv`, `strikes that hit Odesa`). */
export const HIT_VERBS = /^(touch|vis|frapp|cibl|hit|target|struck)/;

/** Participles that introduce the agent of an action noun, prefixes (`les attaques menées par X`, `strikes carried out by X`). */
export const AGENT_PARTICIPLES = /^(men|lanc|perpétr|conduit|commis|pris|prise|prises|annonc|revendiqu|carried|launched|conducted|made|taken|announced|perpetrat|committed|claimed)/;
