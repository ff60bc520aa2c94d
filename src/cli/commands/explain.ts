import type { EXPLAIN } from './index.ts';
import { explainSentence } from '../../index.ts';
import type { Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';

export async function run({ positional, options }: Parsed<typeof EXPLAIN>, io: Io): Promise<number> {
  const text = positional.join(' ') || (await io.readStdin());
  if (!text.trim()) {
    io.stderr('relata: explain: give a sentence, e.g. relata explain "L\'Allemagne a livré des chars à l\'Ukraine."\n');
    return EXIT.usage;
  }
  const result = explainSentence(text);
  if (options.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const s of result) {
    io.stdout(`sentence [${s.sentence.language}] ${s.sentence.text}\n`);
    io.stdout(
      `tokens   ${s.tokens.map((t) => (t.tags.length ? `${t.text}/${t.tags.join(',')}` : t.text)).join(' ')}\n`,
    );
    io.stdout('mentions\n');
    for (const m of s.mentions)
      io.stdout(
        `  ${m.text} → ${m.entity ? `${m.entity} (${m.type}${m.adjective ? ', adjective' : ''})` : 'to resolve'} [${m.source}]\n`,
      );
    io.stdout('candidates\n');
    if (s.decisions.length === 0) io.stdout('  none: no rule found a cue with its arguments\n');
    for (const d of s.decisions) {
      const c = d.candidate;
      io.stdout(
        `  ${d.kept ? 'kept   ' : 'dropped'} ${d.subject ?? '?'} → ${c.predicate}${c.role ? `(${c.role})` : ''} → ${d.object ?? '?'}  cue "${c.cue}", rule ${c.rule}: ${d.reason}\n`,
      );
    }
    io.stdout('triples\n');
    for (const t of s.triples)
      io.stdout(
        `  ${t.subject} → ${t.predicate} → ${t.object}  [${t.modality}${t.attributedTo ? `, said by ${t.attributedTo}` : ''}; ${t.rule}; ${t.confidence}]\n`,
      );
    io.stdout('\n');
  }
  return EXIT.ok;
}
