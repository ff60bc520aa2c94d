/**
 * Function words the rules read clauses with: prepositions (which mark a complement, not a
 * subject), determiners (skipped between a preposition and its noun), clause boundaries
 * (where the search for a subject or an object stops), auxiliaries (part of a verb group),
 * and the nouns of decision and intent that make a giving verb a pledge. Lowercase, with
 * accents: `a` (has) and `à` (to) are different words.
 */

export const PREPOSITIONS = new Set([
  'de', "d'", 'du', 'des', 'à', 'a', 'au', 'aux', 'par', 'pour', 'contre', 'avec', 'sur', 'dans', 'en', 'entre', 'vers', 'chez', 'sans', 'selon', 'après',
  'avant', 'depuis', 'lors', 'via', 'envers', 'auprès', 'of', 'to', 'by', 'for', 'against', 'with', 'in', 'on', 'at', 'from', 'into', 'over', 'about',
  'after', 'before', 'since', 'during', 'via', 'toward', 'towards', 'amid', 'among', 'near', 'près', 'outside', 'inside', 'within', 'across', 'along',
  'around', 'throughout', 'between', 'through', 'under', 'upon', 'despite', 'regarding', 'concerning',
]);

/** Prepositions of three words ending in `de` (`sanctions à l'encontre du Venezuela`), read as one. */
export const COMPOUND_PREPOSITIONS: readonly string[] = ["à l'encontre de", "à l'égard de", "à l'endroit de", 'en faveur de', 'au profit de', 'à destination de'];

/** `de`-like prepositions: the owner or agent of the noun before them (`les frappes de la Russie`). */
export const GENITIVES = new Set(['de', "d'", 'du', 'des', 'of']);
export const DATIVES = new Set(['à', 'au', 'aux', 'to']);
export const AGENTIVES = new Set(['par', 'by']);

export const DETERMINERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'tous', 'toutes', 'tout', 'toute',
  'plusieurs', 'certains', 'certaines', 'nombreux', 'nombreuses', 'the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'all', 'some', 'many', 'several',
]);

/** Words that open a new clause: the search for a verb's arguments does not cross them. */
export const CLAUSE_BOUNDARIES = new Set([
  'que', "qu'", 'qui', 'dont', 'lorsque', "lorsqu'", 'quand', 'car', 'mais', 'afin', 'puisque', "puisqu'", 'tandis', 'alors', 'si', 'bien', 'cependant',
  'toutefois', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'duquel', 'desquels', 'desquelles', 'auquel', 'auxquels', 'auxquelles', 'où', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'but', 'although', 'though', 'whereas', 'if', 'since', 'as', 'after',
  'before', 'until',
]);
/** Punctuation that closes a clause. */
export const CLAUSE_PUNCT = new Set(['.', ';', ':', '?', '!', '«', '»', '"', '“', '”', '(', ')', '—', '–', '...', '…']);

export const AUXILIARIES = new Set([
  'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'est', 'sont', 'était', 'étaient', 'été', 'sera',
  'seront', 'serait', 'seraient', 'être', 'se', "s'", 'ne', "n'", 'y', 'en', 'lui', 'leur', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', "n't", 'to', 'avoir', 'ayant',
]);
/** Passive auxiliaries: a participle after them is passive (`a été livré`, `was delivered`). */
export const PASSIVE_AUXILIARIES = new Set(['été', 'être', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'is', 'are', 'was', 'were', 'been', 'be', 'being']);
/** Perfect auxiliaries: a participle with neither these nor a passive auxiliary is an adjective (`l'aide promise`). */
export const PERFECT_AUXILIARIES = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avoir', 'ayant', 'has', 'have', 'had', 'having']);
/** Future auxiliaries: `will supply`, `vont livrer`, `allaient renforcer`. */
export const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall', 'va', 'vont', 'allait', 'allaient', 'ira', 'iront']);

/** Nouns of decision, intent and commitment: a giving verb after them is a pledge (`la décision de l'Allemagne de livrer`). */
export const INTENT_NOUNS = new Set([
  'décision', 'decision', 'intention', 'engagement', 'engagements', 'promesse', 'volonté', 'projet', 'plan', 'initiative', 'celle', 'celui', 'commitment', 'pledge',
  'promise', 'intent', 'plans', 'offre', 'offer', 'proposition', 'proposal',
]);

/** Verbs of boosting that give aid when their object is aid (`renforcer leur aide militaire à l'Ukraine`). */
export const BOOST_VERBS = new Set([
  'renforcer', 'renforce', 'renforcent', 'renforcé', 'intensifier', 'intensifie', 'intensifient', 'intensifié', 'accroître', 'accroitre', 'augmenter',
  'augmente', 'augmenté', 'increase', 'increased', 'increases', 'boost', 'boosted', 'boosts', 'step', 'stepped', 'ramp', 'ramped', 'scale', 'scaled',
]);

/** Nouns of meeting: `la réunion du Conseil X` stands for the body X (GUIDELINES §2). */
export const MEETING_NOUNS = new Set(['réunion', 'réunions', 'session', 'séance', 'meeting', 'meetings']);

/** Reflexive defence: the object of `se défendre contre l'invasion russe` is the one defending. */
export const SELF_DEFENCE = new Set(['défendre', 'protéger', 'defend', 'protect']);

/** Place nouns that put a location inside a country (`la région russe de Koursk`). */
export const REGION_NOUNS = new Set(['région', 'region', 'oblast', 'province', 'territoire', 'territory', 'ville', 'city', 'département', 'état', 'île', 'island', 'port']);

/** Words that make an office a second one: its holder does not lead (`Deputy Prime Minister`, `vice-président`, `secrétaire général adjoint`). */
export const SECOND_OFFICE = new Set(['deputy', 'vice', 'vice-président', 'vice-présidente', 'vice-president', 'assistant', 'adjoint', 'adjointe', 'under', 'sous', 'sous-secrétaire', 'under-secretary', 'first']);

/** Compass adjectives that end a region's French name (`Darfour méridional`, `Kivu oriental`). */
export const COMPASS_ADJECTIVES = new Set(['méridional', 'méridionale', 'septentrional', 'septentrionale', 'oriental', 'orientale', 'occidental', 'occidentale', 'central', 'centrale']);

/** Words in capitals that are no body: units, currencies, time zones, codes of documents. */
export const NOT_ACRONYMS = new Set(['PIB', 'GDP', 'USD', 'EUR', 'CHF', 'GBP', 'UTC', 'GMT', 'CET', 'AM', 'PM', 'OK', 'TV', 'PDF', 'URL', 'CEO', 'PDG', 'COVID', 'SIDA', 'AIDS', 'HIV', 'VIH', 'ADN', 'DNA', 'GPS', 'SMS', 'ID', 'NB', 'PS', 'FY', 'QR']);

/** Nouns of a body's people, who are not the body (`government officials`, `army officers`). */
export const PEOPLE_NOUNS = new Set(['officials', 'official', 'officers', 'representatives', 'members', 'employees', 'staff', 'personnel', 'ministers', 'spokesman', 'spokesperson', 'sources', 'critics', 'opponents', 'supporters', 'figures', 'leaders', 'advisers', 'advisors']);

/** Nouns of the members or leaders of a body, who act as the body (`les membres du Conseil`, `the leaders of ASEAN`). */
export const COLLECTIVE_NOUNS = new Set(['membres', 'members', 'dirigeants', 'leaders']);

/** Words that name examples of an unnamed object or target (`… , en particulier X et Y`, `including X`, `dont X`); two-word ones are written with their space. */
export const EXAMPLE_MARKERS = ['en particulier', 'notamment', 'in particular', 'including', 'especially', 'particularly', 'parmi lesquels', 'parmi lesquelles', 'among them', 'dont', 'among'];

/** Words of a date, crossed between a verb and its object (`a arrêté, le 31 mars, des sanctions`). */
export const DATE_WORDS = new Set([
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'on', '1er', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
  'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words that make a cooperation noun mutual among its agents (`leur coopération`, `bilateral cooperation`). */
export const MUTUAL = /^(leur|their|bilat[ée]rale?s?|mutuelle?s?|mutual|joint|conjointe?s?|réciproques?|reciprocal)$/;

/** Nouns of a counterpart (`son homologue espagnol, X`, `his Omani counterpart`). */
export const COUNTERPART_NOUNS = new Set(['homologue', 'homologues', 'counterpart', 'counterparts']);

/** Nouns whose genitive names who took part in a meeting (`with the participation of X`, `en présence de X`). */
export const PARTICIPATION_NOUNS = new Set(['participation', 'presence', 'présence']);

/** Nouns of a seat of a body a visitor is welcomed to (`welcomed X to NATO Headquarters`). */
export const SEAT_NOUNS = new Set(['headquarters', 'siège', 'quartier']);

/** English adjectives ending in -ly, which an adverb test would take for adverbs (`the deadly attack`). */
export const LY_ADJECTIVES = new Set([
  'deadly', 'cowardly', 'friendly', 'unfriendly', 'costly', 'early', 'elderly', 'likely', 'unlikely', 'timely', 'orderly', 'daily', 'weekly', 'monthly',
  'yearly', 'nightly', 'holy', 'lively', 'bodily', 'worldly', 'unruly', 'scholarly', 'lowly', 'burly', 'surly', 'ugly', 'lonely', 'lovely',
]);

/** Verbs besides request cues whose object performs the infinitive under them (`inviter X à`, `encourage X to`); prefixes. What they govern is asked for, not done. */
export const OBJECT_CONTROL = /^(invit|encourag|autoris|permi|permett|allow|enabl|authori[sz]|persuad|oblig|contraint)/;

/** Words that make an infinitive a goal, not a fact (`pour rejoindre l'OTAN`, `seeks to join`). */
export const PURPOSE = new Set([
  'pour', 'afin', 'vise', 'visent', 'visant', 'cherche', 'cherchent', 'veut', 'veulent', 'souhaite', 'souhaitent', 'espère', 'candidature', 'tentative', 'ambition',
  'aims', 'aim', 'seeks', 'seek', 'wants', 'want', 'hopes', 'order', 'bid', 'attempt', 'effort', 'efforts', 'ambition', 'application', 'aspiration',
]);

/** Verbs whose object noun keeps the clause's subject as its agent (`accélérer la livraison`, `renforcer leur soutien`, `step up its support`). Prefixes. */
export const GOVERNING_VERB = /^(sign|held|hold|tenu|tien|rappel|r[ée]it[ée]r|reiterat|r[ée]tabl|r[ée]activ|maint|renouvel|reconduis|reconduit|renew|reimpos|reinstat|moderni[sz]|arr[êe]t|promulgu|d[ée]cr[ée]t|[ée]dict|[ée]tend|deepen|strengthen|expand|approfondi|élargi|lanc|men|conduit|revendiqu|launch|conduct|carr(y|ied)|claim|adopt|impos|durci|prolong|tighten|acc[ée]l[ée]r|poursuiv|continu|augment|intensifi|renforc|accro[iî]|assur|apport|exprim|r[ée]affirm|annonc|approuv|autoris|garanti|reprend|achev|finalis|speed|accelerat|increas|boost|step|approv|announc|authori[sz]|ensur|resum|complet|finali[sz]|express|reaffirm|offer|extend)/;
