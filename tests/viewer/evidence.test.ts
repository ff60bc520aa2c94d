import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import { evidenceView, highlightSegments, relationGroups } from '../../viewer/src/logic/evidence.ts';
import { loadFixture } from './fixture.ts';

const { graph, index } = loadFixture();

describe('highlightSegments', () => {
  const text = "L'Allemagne a livré des Patriot.";
  it.each([
    [
      'both spans, offsets into the document',
      100,
      [
        [102, 111],
        [124, 131],
      ],
      [
        ["L'", null],
        ['Allemagne', 'subject'],
        [' a livré des ', null],
        ['Patriot', 'object'],
        ['.', null],
      ],
    ],
    [
      'object before subject',
      0,
      [
        [24, 31],
        [2, 11],
      ],
      [
        ["L'", null],
        ['Allemagne', 'object'],
        [' a livré des ', null],
        ['Patriot', 'subject'],
        ['.', null],
      ],
    ],
    [
      'a span at the very start and one clipped at the end',
      0,
      [
        [0, 11],
        [24, 99],
      ],
      [
        ["L'Allemagne", 'subject'],
        [' a livré des ', null],
        ['Patriot.', 'object'],
      ],
    ],
    [
      'overlapping spans keep the first',
      0,
      [
        [2, 11],
        [5, 20],
      ],
      [
        ["L'", null],
        ['Allemagne', 'subject'],
        [' a livré des Patriot.', null],
      ],
    ],
    [
      'spans outside the sentence',
      0,
      [
        [50, 60],
        [70, 80],
      ],
      [[text, null]],
    ],
  ] as const)('%s', (_, start, [subject, object], expected) => {
    const segments = highlightSegments(text, start, [
      { role: 'subject', span: [...subject] as [number, number] },
      { role: 'object', span: [...object] as [number, number] },
    ]);
    expect(segments.map((s) => [s.text, s.mark])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('keeps markup-like text as text', () => {
    const sentence = index.sentences.get('fr/2024-09-15-ue-sanctions.txt#1')!;
    const [ev] = graph.getEdgeAttribute('country:ukraine|thanks|organization:european-union', 'evidence');
    const view = evidenceView(ev, index);
    expect(view.segments.map((s) => s.text).join('')).toBe(sentence.text);
    expect(view.segments[0].text).toContain('<img src=x onerror=alert(1)>');
    expect(view.segments.filter((s) => s.mark).map((s) => [s.text, s.mark])).toEqual([
      ['Ukraine', 'subject'],
      ['Union européenne', 'object'],
    ]);
  });
});

describe('fixture offsets', () => {
  it('every evidence span lies inside its sentence', () => {
    graph.forEachEdge((edge, attrs) => {
      for (const ev of attrs.evidence) {
        const sentence = index.sentences.get(ev.sentence);
        expect(sentence, `${edge}: ${ev.sentence}`).toBeDefined();
        for (const [a, b] of [ev.subject, ev.object]) {
          expect(a >= sentence!.start && b <= sentence!.end && a < b, `${edge}: ${ev.sentence}`).toBe(true);
        }
      }
    });
  });
});

describe('relationGroups', () => {
  const visibility = visibleEdges(graph, DEFAULT_FILTER, index);

  it('groups a node’s visible relations by direction and predicate', () => {
    const groups = relationGroups(graph, 'country:germany', visibility.edges, DEFAULT_FILTER, index);
    expect(
      groups.map((g) => `${g.direction} ${g.predicate} ${g.relations.map((r) => r.otherLabel).join(',')}`),
    ).toEqual([
      'out member_of NATO',
      'out pledges Ukraine',
      'out supplies Ukraine,Patriot',
      'in thanks Volodymyr Zelensky',
    ]);
  });

  it('lists only the evidence the filter counts, with document and modality', () => {
    const supplies = relationGroups(graph, 'country:germany', visibility.edges, DEFAULT_FILTER, index).find(
      (g) => g.predicate === 'supplies',
    )!;
    const ukraine = supplies.relations[0];
    expect(ukraine.evidence.map((e) => [e.docTitle, e.docDate, e.modality])).toEqual([
      ['Germany pledges more air defence', '2024-09-03', 'asserted'],
      ["L'Allemagne livre des Patriot à l'Ukraine", '2024-08-12', 'asserted'],
    ]);
  });

  it('carries attribution for reported speech', () => {
    const [group] = relationGroups(graph, 'country:france', visibility.edges, DEFAULT_FILTER, index).filter(
      (g) => g.predicate === 'supplies',
    );
    expect(group.relations[0].evidence[0]).toMatchObject({ modality: 'reported', attributedTo: 'Volodymyr Zelensky' });
  });
});

describe('evidenceView', () => {
  it("gives the document's title, date, and author when it has one", () => {
    const ev = graph.getEdgeAttribute('country:germany|supplies|equipment:patriot', 'evidence')[0];
    const doc = index.documents.get(index.sentences.get(ev.sentence)!.doc)!;
    expect(evidenceView(ev, index)).not.toHaveProperty('docAuthor');
    const withAuthor = {
      ...index,
      documents: new Map(index.documents).set(doc.id, { ...doc, author: 'Jane Reporter' }),
    };
    expect(evidenceView(ev, withAuthor)).toMatchObject({
      docTitle: doc.title,
      docDate: doc.date,
      docAuthor: 'Jane Reporter',
    });
  });
});
