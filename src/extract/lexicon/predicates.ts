/**
 * The closed relation vocabulary (GUIDELINES §3): what each predicate means, its CAMEO /
 * PLOVER code, and the French and English cues that express it.
 *
 * A cue row: the lemma (the extractor generates its inflections: French conjugation,
 * English tenses), the predicate, and its frame:
 * - `transfer`: giver → thing given (role theme) and → receiver (role recipient; `à` / `to`,
 *   or the English double object `give Ukraine tanks`);
 * - `direct`: subject → direct object;
 * - `prep`: subject → object introduced by one of `preps` (`coopérer avec`, `discuss with`…);
 * - `governor`: not a relation itself; a transfer verb it governs becomes a pledge
 *   (`s'engager à livrer`, `agreed to send`, `réaffirmé leur intention de fournir`).
 * `forms` adds irregular or multi-word forms; `preps` of a `direct` cue are also accepted.
 * Nouns (`livraison`, `invasion`) are rows of FRENCH_NOUNS and ENGLISH_NOUNS; rules/nouns.ts finds
 * their agent: `de` (`les frappes de la Russie`), an adjective (`les frappes russes`) or a possessive.
 */
import type { Predicate } from '../../types.ts';

export interface PredicateInfo {
  code: string;
  description: string;
}

export const PREDICATE_INFO = {
  supplies: { code: '07 / AID', description: 'gives or delivers a thing (theme) to a receiver (recipient)' },
  pledges: { code: '033 / COOPERATE (intent)', description: 'promises or commits to give a thing or help' },
  supports: { code: '05 / SUPPORT', description: 'supports, helps or backs another party' },
  condemns: { code: '111 / ACCUSE', description: 'condemns, denounces or criticises' },
  attacks: { code: '19 / ASSAULT', description: 'strikes, attacks, bombs or shells' },
  invades: { code: '19 / ASSAULT', description: 'invades another country' },
  threatens: { code: '13 / THREATEN', description: 'threatens or interferes with' },
  thanks: { code: '051 / SUPPORT', description: 'thanks' },
  welcomes: { code: '051 / SUPPORT', description: 'welcomes or praises (a decision is attributed to its maker)' },
  requests: { code: '02 / REQUEST', description: 'asks, requests or urges' },
  informs: { code: '04 / CONSULT', description: 'briefs or informs' },
  meets: { code: '04 / CONSULT', description: 'meets another party, or the event or body met in' },
  chairs: { code: '—', description: 'chairs a meeting or body' },
  discusses: { code: '04 / CONSULT', description: 'discusses a topic or party' },
  proposes: { code: '03 / COOPERATE', description: 'proposes' },
  leads: { code: '—', description: 'holds the leading office of a body or country' },
  member_of: { code: '—', description: 'is a member of' },
  part_of: { code: '—', description: 'is a place within a country or region' },
  cooperates_with: { code: '04-06 / COOPERATE', description: 'cooperates with (symmetric)' },
  sanctions: { code: '163 / SANCTION', description: 'imposes sanctions on' },
} satisfies Record<Predicate, PredicateInfo>;

export type Frame = 'transfer' | 'direct' | 'prep' | 'governor';

export interface VerbCue {
  lemma: string;
  /** Absent for `governor` rows. */
  predicate?: Predicate;
  frame: Frame;
  preps?: readonly string[];
  forms?: readonly string[];
  /** Words that must follow within the clause for this reading (`mettre X à jour`). */
  particle?: string;
}

export interface NounCue {
  forms: readonly string[];
  predicate: Predicate;
  /** For transfer nouns (`livraison de missiles à l'Ukraine`). */
  frame: 'transfer' | 'direct';
  /** Prepositions that introduce the target or patient (`frappes contre X`). */
  targets?: readonly string[];
  /** With no agent of its own, the noun's agent is the subject of the verb it is the object of (`renforcer leur soutien à X`). */
  agentFromClause?: boolean;
}

export const FRENCH_VERBS: readonly VerbCue[] = [
  { lemma: 'fournir', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'livrer', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'envoyer', predicate: 'supplies', frame: 'transfer', forms: ['enverra', 'enverront', 'enverrait', 'enverraient', 'envoie', 'envoient'] },
  { lemma: 'donner', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'expédier', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'transférer', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'octroyer', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'accorder', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'débloquer', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'allouer', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'verser', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'promettre', predicate: 'pledges', frame: 'transfer', forms: ['promis', 'promise', 'promises', 'promet', 'promettent', 'promit', 'promirent'] },
  { lemma: 'soutenir', predicate: 'supports', frame: 'direct', forms: ['soutient', 'soutiennent', 'soutenu', 'soutenue', 'soutenus', 'soutiendra', 'soutiendront', 'soutint'] },
  { lemma: 'appuyer', predicate: 'supports', frame: 'direct' },
  { lemma: 'aider', predicate: 'supports', frame: 'direct' },
  { lemma: 'condamner', predicate: 'condemns', frame: 'direct' },
  { lemma: 'dénoncer', predicate: 'condemns', frame: 'direct' },
  { lemma: 'critiquer', predicate: 'condemns', frame: 'direct' },
  { lemma: 'fustiger', predicate: 'condemns', frame: 'direct' },
  { lemma: 'déplorer', predicate: 'condemns', frame: 'direct' },
  { lemma: 'réprouver', predicate: 'condemns', frame: 'direct' },
  { lemma: 'accuser', predicate: 'condemns', frame: 'direct' },
  { lemma: 'attaquer', predicate: 'attacks', frame: 'direct' },
  { lemma: 'frapper', predicate: 'attacks', frame: 'direct' },
  { lemma: 'bombarder', predicate: 'attacks', frame: 'direct' },
  { lemma: 'pilonner', predicate: 'attacks', frame: 'direct' },
  { lemma: 'pirater', predicate: 'attacks', frame: 'direct' },
  { lemma: 'cibler', predicate: 'attacks', frame: 'direct' },
  { lemma: 'lancer', predicate: 'attacks', frame: 'prep', preps: ['contre', 'sur'] },
  { lemma: 'tirer', predicate: 'attacks', frame: 'prep', preps: ['contre', 'sur'] },
  { lemma: 'envahir', predicate: 'invades', frame: 'direct' },
  { lemma: 'menacer', predicate: 'threatens', frame: 'direct' },
  { lemma: 'remercier', predicate: 'thanks', frame: 'direct' },
  { lemma: 'saluer', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'féliciter', predicate: 'welcomes', frame: 'direct', preps: ['de', 'du', 'des', "d'"] },
  { lemma: 'applaudir', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'réjouir', predicate: 'welcomes', frame: 'direct', preps: ['de', 'du', 'des', "d'"] },
  { lemma: 'rendre', predicate: 'welcomes', frame: 'prep', particle: 'hommage', preps: ['à', 'au', 'aux'], forms: ['rendu', 'rend', 'rendent', 'rendra'] },
  { lemma: 'accueillir', predicate: 'welcomes', frame: 'direct', particle: 'avec satisfaction', forms: ['accueilli', 'accueillie', 'accueillis', 'accueille', 'accueillent'] },
  { lemma: 'accueillir', predicate: 'welcomes', frame: 'direct', particle: 'favorablement', forms: ['accueilli', 'accueillie', 'accueillis', 'accueille', 'accueillent'] },
  { lemma: 'demander', predicate: 'requests', frame: 'direct', preps: ['à', 'au', 'aux'] },
  { lemma: 'solliciter', predicate: 'requests', frame: 'direct' },
  { lemma: 'exhorter', predicate: 'requests', frame: 'direct' },
  { lemma: 'appeler', predicate: 'requests', frame: 'direct', preps: ['à', 'au', 'aux'], forms: ['appelle', 'appellent', 'appellera'] },
  { lemma: 'informer', predicate: 'informs', frame: 'direct' },
  { lemma: 'mettre', predicate: 'informs', frame: 'direct', particle: 'à jour', forms: ['met', 'mettent', 'mis', 'mise', 'mettra', 'mettront', 'mettait'] },
  { lemma: 'tenir', predicate: 'informs', frame: 'direct', particle: 'informé', forms: ['tient', 'tiennent', 'tenu', 'tiendra'] },
  { lemma: 'briefer', predicate: 'informs', frame: 'direct' },
  { lemma: 'rencontrer', predicate: 'meets', frame: 'direct' },
  { lemma: 'accueillir', predicate: 'meets', frame: 'direct', forms: ['accueilli', 'accueillie', 'accueillis', 'accueille', 'accueillent', 'accueillait', 'accueillaient'] },
  { lemma: 'recevoir', predicate: 'meets', frame: 'direct', forms: ['reçu', 'reçue', 'reçus', 'reçoit', 'reçoivent', 'recevra', 'recevait'] },
  { lemma: 'entretenir', predicate: 'meets', frame: 'prep', preps: ['avec'], forms: ['entretenu', 'entretient', 'entretiennent'] },
  { lemma: 'réunir', predicate: 'meets', frame: 'prep', preps: ['avec'] },
  { lemma: 'parler', predicate: 'meets', frame: 'prep', preps: ['avec'] },
  { lemma: 'présider', predicate: 'chairs', frame: 'direct' },
  { lemma: 'coprésider', predicate: 'chairs', frame: 'direct' },
  { lemma: 'discuter', predicate: 'discusses', frame: 'prep', preps: ['de', 'du', 'des', "d'"] },
  { lemma: 'aborder', predicate: 'discusses', frame: 'direct' },
  { lemma: 'examiner', predicate: 'discusses', frame: 'direct' },
  { lemma: 'évoquer', predicate: 'discusses', frame: 'direct' },
  { lemma: 'débattre', predicate: 'discusses', frame: 'prep', preps: ['de', 'du', 'des', "d'"], forms: ['débat', 'débattu', 'débattent'] },
  { lemma: 'proposer', predicate: 'proposes', frame: 'direct' },
  { lemma: 'coopérer', predicate: 'cooperates_with', frame: 'prep', preps: ['avec'] },
  { lemma: 'collaborer', predicate: 'cooperates_with', frame: 'prep', preps: ['avec'] },
  { lemma: 'associer', predicate: 'cooperates_with', frame: 'prep', preps: ['à', 'au', 'aux', 'avec'] },
  { lemma: 'sanctionner', predicate: 'sanctions', frame: 'direct' },
  { lemma: 'inscrire', predicate: 'sanctions', frame: 'direct', particle: 'liste', forms: ['inscrit', 'inscrite', 'inscrits', 'inscrites', 'inscrivent'] },
  { lemma: 'rejoindre', predicate: 'member_of', frame: 'direct', forms: ['rejoint', 'rejoignent', 'rejoindra'] },
  { lemma: 'adhérer', predicate: 'member_of', frame: 'prep', preps: ['à', 'au', 'aux'] },
  // governors: a transfer verb under them is a pledge
  { lemma: 'engager', frame: 'governor' },
  { lemma: 'convenir', frame: 'governor', forms: ['convenu', 'convenus', 'convient', 'conviennent', 'convint'] },
  { lemma: 'décider', frame: 'governor' },
  { lemma: 'annoncer', frame: 'governor' },
  { lemma: 'réaffirmer', frame: 'governor' },
  { lemma: 'accepter', frame: 'governor' },
  { lemma: 'prévoir', frame: 'governor', forms: ['prévu', 'prévoit', 'prévoient'] },
];

export const ENGLISH_VERBS: readonly VerbCue[] = [
  { lemma: 'supply', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'deliver', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'send', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'provide', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'give', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'ship', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'transfer', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'donate', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'allocate', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'disburse', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'grant', predicate: 'supplies', frame: 'transfer' },
  { lemma: 'pledge', predicate: 'pledges', frame: 'transfer' },
  { lemma: 'promise', predicate: 'pledges', frame: 'transfer' },
  { lemma: 'vow', predicate: 'pledges', frame: 'transfer' },
  { lemma: 'support', predicate: 'supports', frame: 'direct' },
  { lemma: 'back', predicate: 'supports', frame: 'direct' },
  { lemma: 'help', predicate: 'supports', frame: 'direct' },
  { lemma: 'assist', predicate: 'supports', frame: 'direct' },
  { lemma: 'condemn', predicate: 'condemns', frame: 'direct' },
  { lemma: 'denounce', predicate: 'condemns', frame: 'direct' },
  { lemma: 'criticise', predicate: 'condemns', frame: 'direct' },
  { lemma: 'criticize', predicate: 'condemns', frame: 'direct' },
  { lemma: 'decry', predicate: 'condemns', frame: 'direct' },
  { lemma: 'accuse', predicate: 'condemns', frame: 'direct' },
  { lemma: 'blame', predicate: 'condemns', frame: 'direct' },
  { lemma: 'deplore', predicate: 'condemns', frame: 'direct' },
  { lemma: 'attack', predicate: 'attacks', frame: 'direct' },
  { lemma: 'strike', predicate: 'attacks', frame: 'direct' },
  { lemma: 'bomb', predicate: 'attacks', frame: 'direct' },
  { lemma: 'shell', predicate: 'attacks', frame: 'direct' },
  { lemma: 'hit', predicate: 'attacks', frame: 'direct' },
  { lemma: 'hack', predicate: 'attacks', frame: 'direct' },
  { lemma: 'target', predicate: 'attacks', frame: 'direct' },
  { lemma: 'launch', predicate: 'attacks', frame: 'prep', preps: ['against', 'at', 'on'] },
  { lemma: 'fire', predicate: 'attacks', frame: 'prep', preps: ['against', 'at', 'on'] },
  { lemma: 'invade', predicate: 'invades', frame: 'direct' },
  { lemma: 'threaten', predicate: 'threatens', frame: 'direct' },
  { lemma: 'thank', predicate: 'thanks', frame: 'direct' },
  { lemma: 'welcome', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'praise', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'hail', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'commend', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'applaud', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'laud', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'salute', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'appreciate', predicate: 'welcomes', frame: 'direct' },
  { lemma: 'request', predicate: 'requests', frame: 'direct' },
  { lemma: 'ask', predicate: 'requests', frame: 'direct' },
  { lemma: 'urge', predicate: 'requests', frame: 'direct' },
  { lemma: 'call', predicate: 'requests', frame: 'prep', preps: ['on', 'upon'] },
  { lemma: 'inform', predicate: 'informs', frame: 'direct' },
  { lemma: 'brief', predicate: 'informs', frame: 'direct' },
  { lemma: 'update', predicate: 'informs', frame: 'direct' },
  { lemma: 'keep', predicate: 'informs', frame: 'direct', particle: 'informed' },
  { lemma: 'meet', predicate: 'meets', frame: 'direct', preps: ['with'] },
  { lemma: 'host', predicate: 'meets', frame: 'direct' },
  { lemma: 'speak', predicate: 'meets', frame: 'prep', preps: ['with'] },
  { lemma: 'receive', predicate: 'meets', frame: 'direct' },
  { lemma: 'chair', predicate: 'chairs', frame: 'direct' },
  { lemma: 'preside', predicate: 'chairs', frame: 'prep', preps: ['over'] },
  { lemma: 'discuss', predicate: 'discusses', frame: 'direct' },
  { lemma: 'propose', predicate: 'proposes', frame: 'direct' },
  { lemma: 'cooperate', predicate: 'cooperates_with', frame: 'prep', preps: ['with'] },
  { lemma: 'collaborate', predicate: 'cooperates_with', frame: 'prep', preps: ['with'] },
  { lemma: 'partner', predicate: 'cooperates_with', frame: 'prep', preps: ['with'] },
  { lemma: 'sanction', predicate: 'sanctions', frame: 'direct' },
  { lemma: 'designate', predicate: 'sanctions', frame: 'direct' },
  { lemma: 'list', predicate: 'sanctions', frame: 'direct' },
  { lemma: 'blacklist', predicate: 'sanctions', frame: 'direct' },
  { lemma: 'join', predicate: 'member_of', frame: 'direct' },
  { lemma: 'commit', frame: 'governor' },
  { lemma: 'agree', frame: 'governor' },
  { lemma: 'decide', frame: 'governor' },
  { lemma: 'announce', frame: 'governor' },
  { lemma: 'reaffirm', frame: 'governor' },
  { lemma: 'plan', frame: 'governor' },
];

export const FRENCH_NOUNS: readonly NounCue[] = [
  { forms: ['fourniture', 'fournitures', 'livraison', 'livraisons', 'envoi', 'envois', 'don', 'dons', 'transfert', 'transferts', 'financement', 'financements', 'subvention', 'subventions'], predicate: 'supplies', frame: 'transfer', agentFromClause: true },
  { forms: ['promesse', 'promesses', 'engagement', 'engagements'], predicate: 'pledges', frame: 'transfer', agentFromClause: true },
  { forms: ['frappe', 'frappes', 'attaque', 'attaques', 'bombardement', 'bombardements', 'offensive', 'offensives', 'raid', 'raids', 'tirs', 'pilonnage', 'pilonnages', 'cyberattaque', 'cyberattaques'], predicate: 'attacks', frame: 'direct', targets: ['contre', 'sur', 'visant', 'à', 'au'], agentFromClause: true },
  { forms: ['invasion', 'agression'], predicate: 'invades', frame: 'direct', targets: ['de', 'du', "d'"] },
  { forms: ['ingérence', 'ingérences', 'menace', 'menaces', 'actes hostiles', "campagne d'actes hostiles"], predicate: 'threatens', frame: 'direct', targets: ['contre', 'dans', 'envers', 'à l\'égard de'] },
  {
    forms: ['sanctions', 'sanctions financières', 'mesures restrictives', 'mesures de coercition', 'gel des avoirs', 'gel de leurs avoirs', 'restrictions de déplacement', 'embargo', "interdiction d'entrée", "interdictions d'entrée"],
    predicate: 'sanctions',
    frame: 'direct',
    targets: ['contre', 'visant', "à l'encontre de", 'à', 'au', 'aux', 'sur'],
    agentFromClause: true,
  },
  { forms: ['entretien', 'entretiens', 'conversation', 'conversations', 'pourparlers'], predicate: 'meets', frame: 'direct', targets: ['avec'], agentFromClause: true },
  { forms: ['coopération', 'partenariat', 'collaboration'], predicate: 'cooperates_with', frame: 'direct', targets: ['avec', 'entre'], agentFromClause: true },
  { forms: ['appel', 'appels'], predicate: 'requests', frame: 'direct', targets: ['à', 'au', 'aux'], agentFromClause: true },
  { forms: ['soutien', 'appui', 'solidarité', 'aide', 'attachement'], predicate: 'supports', frame: 'direct', targets: ['à', 'au', 'aux', 'avec', 'envers'], agentFromClause: true },
];

export const ENGLISH_NOUNS: readonly NounCue[] = [
  { forms: ['supply', 'supplies', 'delivery', 'deliveries', 'shipment', 'shipments', 'provision', 'transfer', 'transfers', 'donation', 'donations', 'funding', 'financing', 'grant', 'grants'], predicate: 'supplies', frame: 'transfer', agentFromClause: true },
  { forms: ['pledge', 'pledges', 'commitment', 'commitments', 'promise', 'promises'], predicate: 'pledges', frame: 'transfer', agentFromClause: true },
  { forms: ['strike', 'strikes', 'attack', 'attacks', 'bombing', 'bombings', 'shelling', 'offensive', 'airstrike', 'airstrikes', 'air strikes', 'raid', 'raids', 'cyberattack', 'cyberattacks'], predicate: 'attacks', frame: 'direct', targets: ['on', 'against', 'in'], agentFromClause: true },
  { forms: ['invasion', 'aggression'], predicate: 'invades', frame: 'direct', targets: ['of'] },
  { forms: ['interference', 'threat', 'threats', 'hostile acts', 'hostile actions'], predicate: 'threatens', frame: 'direct', targets: ['against', 'in', 'to'] },
  { forms: ['sanctions', 'restrictive measures', 'asset freeze', 'asset freezes', 'travel ban', 'travel bans', 'embargo', 'designations'], predicate: 'sanctions', frame: 'direct', targets: ['on', 'against'], agentFromClause: true },
  { forms: ['talks', 'conversation', 'conversations', 'phone call', 'call'], predicate: 'meets', frame: 'direct', targets: ['with'], agentFromClause: true },
  { forms: ['cooperation', 'partnership', 'collaboration'], predicate: 'cooperates_with', frame: 'direct', targets: ['with', 'between'], agentFromClause: true },
  { forms: ['support', 'backing', 'solidarity'], predicate: 'supports', frame: 'direct', targets: ['for', 'to', 'with'], agentFromClause: true },
];
