/**
 * DATA ONLY: generic web phrases (French and English) that mark page furniture, not one
 * site's content. Curation: write them lower-case, accents optional (matching folds case
 * and accents and ignores surrounding dashes and colons).
 *
 * - `list`: the header of a block of links to other articles ("Dernières nouvelles",
 *   "Read more"); the header goes, and so do the short teaser lines after it, up to
 *   the next real paragraph.
 * - `line`: a line that goes on its own (advertisement marks, cookie banners, share buttons).
 *   Cookie and rights notices are matched as prefixes, since the sentence goes on.
 */

export type CueKind = 'list' | 'line';

export const BOILERPLATE_CUES: Record<string, CueKind> = {
  // link lists, French
  'a lire': 'list',
  'a lire aussi': 'list',
  'lire aussi': 'list',
  'lire la suite': 'list',
  'voir aussi': 'list',
  'dernieres nouvelles': 'list',
  'derniers articles': 'list',
  'articles recents': 'list',
  'articles similaires': 'list',
  'articles lies': 'list',
  'sur le meme sujet': 'list',
  'dans la meme rubrique': 'list',
  'de la meme section': 'list',
  'les plus lus': 'list',
  'a la une': 'list',
  'vous aimerez aussi': 'list',
  'vous pourriez aimer': 'list',
  'nos autres articles': 'list',
  // link lists, English
  'read more': 'list',
  'read also': 'list',
  'see also': 'list',
  related: 'list',
  'related articles': 'list',
  'related stories': 'list',
  'related posts': 'list',
  'more articles like this': 'list',
  'more stories': 'list',
  'more from this section': 'list',
  'latest news': 'list',
  'latest articles': 'list',
  'recent posts': 'list',
  'most read': 'list',
  'most popular': 'list',
  trending: 'list',
  'top stories': 'list',
  'you may also like': 'list',
  recommended: 'list',
  // single lines
  advertisement: 'line',
  publicite: 'line',
  sponsored: 'line',
  'contenu sponsorise': 'line',
  partager: 'line',
  'partager cet article': 'line',
  share: 'line',
  'share this article': 'line',
  'suivez-nous': 'line',
  'follow us': 'line',
  newsletter: 'line',
  'abonnez-vous': 'line',
  "s'abonner": 'line',
  subscribe: 'line',
  commentaires: 'line',
  comments: 'line',
  'leave a comment': 'line',
  'laisser un commentaire': 'line',
  'tous droits reserves': 'line',
  'all rights reserved': 'line',
  'nous utilisons des cookies': 'line',
  'ce site utilise des cookies': 'line',
  'we use cookies': 'line',
  'this website uses cookies': 'line',
  'this site uses cookies': 'line',
  'accepter les cookies': 'line',
  'accept cookies': 'line',
  'accept all cookies': 'line',
};

/** Cues that also match as the start of a longer line (notices that go on as a sentence). */
export const PREFIX_CUES = [
  'nous utilisons des cookies',
  'ce site utilise des cookies',
  'we use cookies',
  'this website uses cookies',
  'this site uses cookies',
  'tous droits reserves',
  'all rights reserved',
  'copyright',
  '©',
];
