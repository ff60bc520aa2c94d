// n3.js ships no types; the slice the round-trip tests use.
declare module 'n3' {
  interface Term {
    termType: string;
    value: string;
    language?: string;
    datatype?: Term;
  }
  interface Quad {
    subject: Term;
    predicate: Term;
    object: Term;
  }
  export class Parser {
    constructor(options?: { format?: string });
    parse(input: string): Quad[];
  }
}
