/**
 * Every extraction rule, by id, with what it reads. A triple's `rule` field is
 * `<language>:<id>` (`fr:verb.transfer`), so a wrong edge leads straight to the rule that
 * made it and the language it read.
 */
export const RULES = {
  'verb.transfer':
    'a giving verb (`fournir`, `supply`): subject → thing given (theme) and → receiver (`à`, `to`, double object, `lui`)',
  'verb.transfer.passive': 'a giving verb in the passive (`a été promis à X par Y`): the `par`/`by` agent gives',
  'verb.transfer.pledge':
    "a giving verb under a promise, decision or intent (`s'engager à livrer`, `agreed to send`, `la décision de X de livrer`): a pledge",
  'verb.boost.pledge':
    "boosting aid under an intent (`réaffirmé qu'ils allaient renforcer leur aide militaire à X`): a pledge of that aid",
  'verb.direct':
    "a transitive verb (`condamner`, `thank`): subject → direct object; a decision's maker stands for the decision (`salué la décision de X`)",
  'verb.direct.makers':
    "a list of decisions after a verb of praise or blame (`celle de X ; l'initiative de Y ; les engagements pris par Z`): each maker is an object",
  'verb.examples':
    'a verb whose object is unnamed and exemplified (`rendu hommage à toutes les parties, en particulier X et Y`, `thanked all donors, including X`)',
  'verb.reciprocal':
    'a reciprocal verb with coordinated subjects (`X et Y se sont rencontrés`, `X and Y met`): each meets or cooperates with the other',
  'verb.prep': 'a verb with a prepositional object (`coopérer avec`, `discuss with`, `se féliciter de`)',
  'noun.agent':
    "an event noun with its agent and target (`les frappes russes contre X`, `Russia's invasion of X`, `l'ingérence de la Russie dans X`)",
  'noun.self-defence':
    "an event noun the defender resists (`se défendre contre l'invasion russe`): the defender is the target",
  'noun.cooperation':
    'a cooperation noun (`coopération entre X et Y`, `renforcer leur coopération`, `its partnership with Y`): every pair of parties cooperates',
  'noun.transfer':
    'a giving noun (`la livraison de missiles à X par Y`); without a named giver, the subject of the clause it is the object of',
  'apposition.office':
    "an office and a name side by side (`le secrétaire général de l'OTAN, Jens Stoltenberg`, `Ukrainian President Volodymyr Zelensky`): leads",
  'apposition.seat':
    "a seat and a name side by side (`a Deputy of the National Assembly, X`, `X, député à l'Assemblée nationale`): member_of",
  'pattern.region': "a place inside a country (`la région russe de Koursk`, `Russia's Kursk region`): part_of",
  'pattern.members': "a group named as members of a body (`pays membres de l'OTAN`, `NATO allies`): member_of",
} as const;

export type RuleId = keyof typeof RULES;
