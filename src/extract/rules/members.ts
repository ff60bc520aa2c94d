/** Member rules: groups and states named as members of a body (member_of). */
import { coordinatedLeft, rightArgs } from '../clauses.ts';
import type { Analysed } from '../context.ts';
import { DETERMINERS, GENITIVES, MEMBER_COPULA } from '../lexicon/grammar.ts';
import { lexicon, longestMatch } from '../lexicon/index.ts';
import { MEMBER, MEMBER_WORDS } from '../lexicon/noun-classes.ts';
import type { Mention } from '../mentions.ts';
import type { Candidate } from './shared.ts';

/**
 * Members: groups named as members of a body (`pays membres de l'OTAN`, `NATO allies`), and
 * states called members (`la Turquie, membre de l'OTAN`, `la Lituanie est membre de l'OTAN et de l'UE`,
 * `Turkey, a NATO member`, `NATO member Turkey`).
 */
export function memberRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexicon();
  const { tokens } = s;
  tokens.forEach((t, k) => {
    if (!MEMBER.test(t.lower)) return;
    // the members, on the left: `X, membre de`, `X est membre de`, `X, a NATO member`
    let j = k - 1;
    while (
      j >= 0 &&
      (MEMBER_COPULA.test(tokens[j]!.lower) ||
        DETERMINERS.has(tokens[j]!.lower) ||
        (s.at[j]?.entity?.type === 'Organization' && j === k - 1))
    )
      j--;
    const left = s.at[j];
    // the body: `membre de Y (et de Z)` or `Y member`
    const bodies: Mention[] = [];
    if (s.at[k - 1]?.entity?.type === 'Organization') bodies.push(s.at[k - 1]!);
    for (const a of rightArgs(s, k, 10)) {
      if (a.mention.entity?.type !== 'Organization' || !a.prep || !GENITIVES.has(a.prep)) break;
      bodies.push(a.mention);
    }
    const members =
      left?.entity && ['Country', 'Group', 'Organization'].includes(left.entity.type) && !left.adjective
        ? coordinatedLeft(s, left)
        : [];
    // `NATO member Turkey`
    if (!members.length && s.at[k - 1]?.entity?.type === 'Organization' && s.at[k + 1]?.entity?.type === 'Country')
      members.push(s.at[k + 1]!);
    for (const m of members)
      for (const b of bodies)
        if (m !== b)
          out.push({
            subject: m,
            object: b,
            predicate: 'member_of',
            rule: 'pattern.members',
            cue: t.text,
            cueAt: k,
            clauseAt: m.start,
            presupposed: true,
            confidence: 0.8,
          });
  });
  for (const m of s.mentions) {
    if (m.entity?.type !== 'Group' || m.end - m.start < 2) continue;
    // `pays membres de l'OTAN`, `NATO allies`: members; `dirigeants du G7`: leaders, not members
    if (!s.tokens.slice(m.start, m.end).some((t) => MEMBER_WORDS.test(t.lower))) continue;
    for (let k = m.start; k < m.end; k++) {
      const inner = longestMatch(lex.trie, s.tokens, k);
      const body = inner?.hits.find((h) => h.entity.type === 'Organization')?.entity;
      if (!body) continue;
      // a body's own members (`les pays de l'OTAN` are the Allies): true by definition, news to no one
      if (body.membersGroup && lex.byLabel.get(body.membersGroup.toLowerCase())?.id === m.entity.id) break;
      const object: Mention = { start: k, end: k + inner!.length, entity: body, adjective: false, source: 'lexicon' };
      out.push({
        subject: m,
        object,
        predicate: 'member_of',
        rule: 'pattern.members',
        cue: s.tokens
          .slice(m.start, m.end)
          .map((t) => t.text)
          .join(' '),
        cueAt: m.start,
        clauseAt: m.start,
        presupposed: true,
        confidence: 0.7,
      });
      break;
    }
  }
  return out;
}
