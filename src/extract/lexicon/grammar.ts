/**
 * Function words the rules read clauses with: prepositions (which mark a complement, not a
 * subject), determiners (skipped between a preposition and its noun), clause boundaries
 * (where the search for a subject or an object stops), auxiliaries (part of a verb group),
 * complementizers (`que`, `that`), conjunctions, articles and quotation marks, and the nouns of
 * decision and intent that make a giving verb a pledge. Lowercase, with accents: `a` (has) and
 * `à` (to) are different words.
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

/** Complementizers that open a content or relative clause (`a déclaré que`, `said that`, `les efforts que fait X`). */
export const THAT = /^(que|qu'|that)$/;

/** Complementizers and the relative `which`: a subject after them belongs to an embedded clause (`les armes que X a livrées`, `weapons which X sent`). */
export const THAT_OR_WHICH = /^(que|qu'|that|which)$/;

/** Words that embed a clause in the one before it: a hypothesis there reaches into it. */
export const EMBEDDING = /^(que|qu'|that|de|d'|à|to|ce|si|if|whether)$/;

/** Punctuation that ends a sentence: the search for a modality cue does not cross it. */
export const STRONG_STOP = new Set(['.', ';', '?', '!']);

/** Quotation marks that open a quotation (`«`, `“`). */
export const QUOTE_OPENERS = new Set(['«', '“']);
/** Quotation marks that close a quotation (`»`, `”`). */
export const QUOTE_CLOSERS = new Set(['»', '”']);

/** Determiners of a plural noun phrase (`les alliés`, `these countries`): a plural anaphor's antecedent. */
export const PLURAL_DETERMINERS = new Set(['les', 'des', 'ces', 'leurs', 'the', 'these', 'those']);

/** Definite determiners before a description that names a body already met (`the Commission`, `le Conseil`). */
export const DEFINITE = new Set(['the', 'le', 'la', "l'", 'this', 'ce', 'cette', 'du', 'au']);

/** French genitives joining a complement to a kind of equipment (`véhicules de combat d'infanterie CV90`). */
export const COMPLEMENT_OF = new Set(['de', "d'", 'du']);

/** Prepositions between `ministère` and its portfolio (`ministère de la Défense`, `ministère des Affaires étrangères`). */
export const MINISTRY_OF = new Set(['de', 'des', 'du']);

/** A word after a head that makes the name French in a sentence of no clear language. */
export const FRENCH_NEXT = /^(de|des|du|d'|pour|à)$|[àâçéèêëîïôûù]/;

/** Finite auxiliaries and reflexives that open a verb group (`a`, `ont`, `s'est`, `has`). */
export const AUXILIARY_WORDS = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 'été', 'être', 's\'est', 'se', "s'", 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'ne', 'pas', 'not']);
/** Finite auxiliaries and reflexives before a participle (`a livré`, `s'est rendu`, `has sent`). */
export const FINITE_AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'est', 'sont', "s'", 'se', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);
/** Words that coordinate mentions (`X, Y et Z`, `X ainsi que Y`, `X as well as Y`). */
export const COORDINATORS = new Set([',', 'et', 'and', 'ou', 'or', 'ainsi', 'comme', 'as', 'well', 'que']);

/** Adverbs and negation inside a verb group (`n'a pas encore livré`, `has already sent`). */
export const GROUP_ADVERBS = /^(pas|jamais|plus|déjà|also|aussi|encore|toujours|already|still|ensemble|récemment|aujourd'hui|today)$/;

/** Words between a verb and its content that are no content: days, adverbs of manner and time, quotation marks (`a condamné lundi fermement`). */
export const NOT_CONTENT = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|aussi|encore|again|jointly|ensemble|notamment|including|firmly|strongly|fermement|vivement|publicly|publiquement|hier|yesterday|today|aujourd'hui|«|»)$/;

/** Compass points and region nouns between a place and its country (`le nord de la Syrie`, `eastern Ukraine`, `the region of`). */
export const COMPASS = /^(nord|sud|est|ouest|centre|sud-est|sud-ouest|nord-est|nord-ouest|north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|région|region|province|oblast)$/;

/** The coordinating `and` (`X et Y`, `X and Y`). */
export const AND = /^(et|and)$/;

/** Definite articles (`le`, `la`, `l'`, `the`). */
export const DEFINITE_ARTICLES = /^(le|la|l'|the)$/;

/** Genitives of a singular or proper complement (`le gouvernement du Soudan`, `the capital of Mali`); not `des`. */
export const SINGULAR_GENITIVES = /^(of|de|du|d')$/;

/** Words that introduce an infinitive (`décidé de livrer`, `appelé à cesser`, `agreed to send`). */
export const INFINITIVE_MARKERS = /^(to|à|de|d')$/;

/** English indefinite articles (`a NATO member`, `an ally`). */
export const ENGLISH_INDEFINITES = /^(a|an)$/;

/** Prepositions that name where something happened (`frappes à Kharkiv`, `strikes in Odesa`), not its target. */
export const LOCATIVES = /^(à|au|in)$/;

/** Words that introduce a purpose infinitive (`met Y to discuss Z`, `s'est rendu à Kyiv pour discuter`). */
export const PURPOSE_TO = /^(to|pour)$/;

/** Articles before a capital noun and before its country (`the capital of the Sudan`, `la capitale de la Libye`). */
export const CAPITAL_ARTICLES = /^(the|la|l')$/;

/** Lowercase particles inside a run of capitalised name words (`Banco de la Nación`, `Bank of Ghana`), not counted as its words. */
export const NAME_RUN_LINKS = /^(de|du|des|d'|of|del|la)$/;

/** Adjectives of novelty and quantity skipped before a governed noun (`de nouvelles sanctions`, `additional sanctions`, `more weapons`). */
export const QUANTITY_ADJECTIVES = /^(nouvel|nouveaux?|nouvelles?|new|large|grande?s?|récente?s?|supplémentaires?|additional|more|plus|davantage)$/;

/** English words that end a walk back over a noun's premodifiers: what stands before them can be a subject (`X to attack`, `X also attacks`). */
export const NOT_PREMODIFIERS = /^(to|not|who|which|that|also)$/;

/** Conjunctions that join clauses or verb phrases (`et`, `mais`, `then`). */
export const CONJUNCTIONS = /^(et|and|ou|or|mais|but|then|puis)$/;

/** English prepositions that are also conjunctions: followed by a verb they open a clause (`after Israeli aircraft struck`). */
export const CONJUNCTION_PREPOSITIONS = /^(after|before|since|until|as)$/;

/** Prepositions before the one asked by a verb of request (`demandé à X de`, `called on X to`, `call upon`). */
export const ASKED_PREPOSITIONS = /^(à|au|aux|on|upon)$/;

/** Words between an infinitive and the verb that governs it: markers, clitics, negation (`décidé de ne pas se`, `lui`). */
export const INFINITIVE_CLITICS = /^(de|d'|à|to|se|s'|lui|leur|y|en|ne|pas)$/;

/** Words after a bare office that are no adjective of it: adverbs, auxiliaries, `said` (`le premier ministre a déclaré`, `the President also said`). */
export const NOT_OFFICE_ADJECTIVES = /^(also|aussi|then|ensuite|later|has|have|had|will|would|said|a|est|était)$/;

/** Prepositions before a lone capitalised word that make it a place (`à Djibo`, `near Isfahan`, `in Herat`). */
export const TOWN_PREPOSITIONS = /^(à|near|près|in|at)$/;

/** Articles, definite and indefinite, that open an apposition (`A7, a company`, `X, une entreprise`). */
export const ARTICLES = /^(a|an|un|une|the|le|la|l')$/;

/** Conjunctions and relatives that are no modifier of a noun (`deepen their security cooperation` but not `and`, `que`). */
export const CONNECTIVES = /^(et|and|ou|or|mais|but|que|qui|that)$/;

/** Words that join the targets of a list (`X, Y et Z`, `X ainsi que Y`, `X as well as Y`). */
export const LIST_JOINERS = /^(,|et|and|ainsi|que|qu'|as|well)$/;

/** The conjunctions among LIST_JOINERS: a list with one of them is a coordination, not a bare comma. */
export const LIST_CONJUNCTIONS = /^(et|and|que|qu'|well)$/;

/** Genitives and articles between an office and its body (`secrétaire général de l'OTAN`, `Secretary General of the UN`). */
export const GENITIVE_ARTICLES = /^(of|de|du|des|d'|the|la|l')$/;

/** Words between a state and the word `member` that say it is one (`la Turquie, pays membre`, `Finland, now a NATO member`, `est devenue membre`). */
export const MEMBER_COPULA = /^(,|est|sont|is|are|was|were|a|an|un|une|pays|state|country|devenu|devenue|become|became|désormais|now|also|aussi)$/;

/** Prepositions whose complement is no theme of a giving verb (`livré pour l'Ukraine`, `sent with X`, `in 2024`). */
export const NOT_THEME_PREPOSITIONS = /^(pour|for|contre|against|avec|with|en|in)$/;

/** Prepositions before where an attack fell (`struck air defence sites near Isfahan`, `frappé à Kharkiv`). */
export const ATTACK_SITE_PREPOSITIONS = /^(near|près|à|in|en|sur|on)$/;

/** Function words inside an office phrase between `by` and its holder (`by the Minister for Foreign Affairs and Trade`). */
export const OFFICE_PHRASE_LINKS = /^(and|et|for|pour|in|en)$/;

/** Function words and adverbs inside a list of people with their offices (`X, ministre de la Défense, et Y`, `also`, `then`). */
export const NAME_LIST_LINKS = /^(a|an|of|de|du|des|d'|in|en|à|au|for|pour|the|la|le|l'|également|also|then|puis)$/;
