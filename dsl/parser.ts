// The .tpe grammar as a chevrotain CstParser: pure rules, no embedded actions, recovery on
// so one run reports every syntax error and still yields a partial tree (to-ast.ts reads it).
//
//   file       := 'engine' name ':' arch '{' item* '}'
//   item       := typeDecl | encodeDecl | clockDecl | techDecl | pipelineDecl | workloadDecl
//                 | loop | 'sync' | assign          (lowering says which belong where)
//   typeDecl   := operand ':' type
//   loop       := ('for' | 'forall') var size? ('skip' 'zeros')? ('group' size?)? flows? '{' item* '}'
//   flows      := '(' operand movement (',' operand movement)* ')'
//   assign     := lvalue (',' lvalue)* '=' expr ('at' 'drain' ('per' place | word number))?
//                 (the second form: `at drain shared 8`, a resolve stage of 8 lanes)
//   expr       := term ('+' term)* ;  term := atom ('*' atom)* ;  atom := call | ref | number | '(' expr ')'
import { CstParser, type CstNode } from 'chevrotain';
import * as T from './tokens.js';

export class TpeParser extends CstParser {
  /**
   * `validate`: chevrotain's grammar validations (ambiguities, left recursion, ...). They cost
   * about a third of `tpe check`'s start-up and find nothing in a grammar that does not change
   * at run time, so the shared parser skips them and test/dsl/grammar.test.ts runs them.
   */
  constructor(validate = false) {
    super(T.ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 3, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  file = this.RULE('file', () => {
    this.SUBRULE(this.engine);
  });

  engine = this.RULE('engine', () => {
    this.CONSUME(T.Engine);
    this.OR([{ ALT: () => this.CONSUME(T.Ident, { LABEL: 'name' }) }, { ALT: () => this.CONSUME(T.StringLit, { LABEL: 'name' }) }]);
    this.CONSUME(T.Colon);
    this.CONSUME2(T.Ident, { LABEL: 'arch' });
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.item));
    this.CONSUME(T.RBrace);
  });

  item = this.RULE('item', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.typeOrAssign) },
      { ALT: () => this.SUBRULE(this.encodeDecl) },
      { ALT: () => this.SUBRULE(this.clockDecl) },
      { ALT: () => this.SUBRULE(this.techDecl) },
      { ALT: () => this.SUBRULE(this.pipelineDecl) },
      { ALT: () => this.SUBRULE(this.workloadDecl) },
      { ALT: () => this.SUBRULE(this.loop) },
      { ALT: () => this.CONSUME(T.Sync) },
      { ALT: () => this.SUBRULE(this.stray) },
    ]);
  });

  // `A: int8` or an assignment; both start with a name. The colon is optional here so that a
  // missing one is reported by to-ast.ts as one precise error instead of derailing recovery.
  typeOrAssign = this.RULE('typeOrAssign', () => {
    this.CONSUME(T.Ident, { LABEL: 'head' });
    this.OR([
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.Colon));
          this.CONSUME2(T.Ident, { LABEL: 'type' });
        },
      },
      { ALT: () => this.SUBRULE(this.assignTail) },
    ]);
  });

  // Error production: a token that cannot start a declaration or statement is consumed alone
  // (and reported by to-ast.ts), so one stray token never hides the errors after it.
  stray = this.RULE('stray', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.LParen) },
      { ALT: () => this.CONSUME(T.RParen) },
      { ALT: () => this.CONSUME(T.LBracket) },
      { ALT: () => this.CONSUME(T.RBracket) },
      { ALT: () => this.CONSUME(T.Comma) },
      { ALT: () => this.CONSUME(T.Colon) },
      { ALT: () => this.CONSUME(T.Dot) },
      { ALT: () => this.CONSUME(T.LessEq) },
      { ALT: () => this.CONSUME(T.Equals) },
      { ALT: () => this.CONSUME(T.Plus) },
      { ALT: () => this.CONSUME(T.Star) },
      { ALT: () => this.CONSUME(T.Skip) },
      { ALT: () => this.CONSUME(T.Zeros) },
      { ALT: () => this.CONSUME(T.Group) },
      { ALT: () => this.CONSUME(T.In) },
      { ALT: () => this.CONSUME(T.Per) },
      { ALT: () => this.CONSUME(T.At) },
      { ALT: () => this.CONSUME(T.Drain) },
      { ALT: () => this.CONSUME(T.Engine) },
    ]);
  });

  encodeDecl = this.RULE('encodeDecl', () => {
    this.CONSUME(T.Encode);
    this.CONSUME(T.Ident, { LABEL: 'operand' });
    this.CONSUME2(T.Ident, { LABEL: 'scheme' });
    this.SUBRULE(this.placement);
  });

  placement = this.RULE('placement', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.In);
          this.CONSUME(T.Ident, { LABEL: 'place' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Per);
          this.OR2([{ ALT: () => this.CONSUME2(T.Ident, { LABEL: 'place' }) }, { ALT: () => this.CONSUME(T.Group, { LABEL: 'place' }) }]);
        },
      },
    ]);
  });

  clockDecl = this.RULE('clockDecl', () => {
    this.CONSUME(T.Clock);
    this.CONSUME(T.NumberLit, { LABEL: 'value' });
    this.CONSUME(T.Ident, { LABEL: 'unit' });
  });

  techDecl = this.RULE('techDecl', () => {
    this.CONSUME(T.Technology);
    this.OR([{ ALT: () => this.CONSUME(T.Ident, { LABEL: 'value' }) }, { ALT: () => this.CONSUME(T.StringLit, { LABEL: 'value' }) }]);
  });

  pipelineDecl = this.RULE('pipelineDecl', () => {
    this.CONSUME(T.Pipeline);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Ident, { LABEL: 'stage' }) });
  });

  workloadDecl = this.RULE('workloadDecl', () => {
    this.CONSUME(T.Workload);
    this.CONSUME(T.Ident, { LABEL: 'var' });
    this.CONSUME(T.LessEq);
    this.CONSUME(T.NumberLit, { LABEL: 'bound' });
  });

  loop = this.RULE('loop', () => {
    this.OR([{ ALT: () => this.CONSUME(T.For, { LABEL: 'kw' }) }, { ALT: () => this.CONSUME(T.Forall, { LABEL: 'kw' }) }]);
    this.CONSUME(T.Ident, { LABEL: 'var' });
    this.OPTION(() => this.CONSUME(T.NumberLit, { LABEL: 'size' }));
    this.OPTION2(() => {
      this.CONSUME(T.Skip);
      this.CONSUME(T.Zeros);
    });
    this.OPTION3(() => {
      this.CONSUME(T.Group);
      this.OPTION4(() => this.CONSUME2(T.NumberLit, { LABEL: 'groupSize' }));
    });
    this.OPTION5(() => this.SUBRULE(this.flows));
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.item));
    this.CONSUME(T.RBrace);
  });

  flows = this.RULE('flows', () => {
    this.CONSUME(T.LParen);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.flow) });
    this.CONSUME(T.RParen);
  });

  flow = this.RULE('flow', () => {
    this.CONSUME(T.Ident, { LABEL: 'operand' });
    this.CONSUME2(T.Ident, { LABEL: 'movement' });
  });

  // The rest of `lhs[, lhs...] = expr [at drain per place | at drain shared N]` after the first name.
  assignTail = this.RULE('assignTail', () => {
    this.OPTION(() => {
      this.CONSUME(T.Dot);
      this.CONSUME(T.Ident, { LABEL: 'field' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.LBracket);
      this.CONSUME2(T.Ident, { LABEL: 'index' });
      this.CONSUME(T.RBracket);
    });
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE(this.lvalue);
    });
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expr);
    this.OPTION3(() => {
      this.CONSUME(T.At);
      this.CONSUME(T.Drain);
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Per);
            this.CONSUME3(T.Ident, { LABEL: 'place' });
          },
        },
        {
          ALT: () => {
            this.CONSUME4(T.Ident, { LABEL: 'place' });
            this.CONSUME(T.NumberLit, { LABEL: 'lanes' });
          },
        },
      ]);
    });
  });

  lvalue = this.RULE('lvalue', () => {
    this.CONSUME(T.Ident, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Ident, { LABEL: 'field' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.LBracket);
      this.CONSUME3(T.Ident, { LABEL: 'index' });
      this.CONSUME(T.RBracket);
    });
  });

  expr = this.RULE('expr', () => {
    this.SUBRULE(this.term);
    this.MANY(() => {
      this.CONSUME(T.Plus);
      this.SUBRULE2(this.term);
    });
  });

  term = this.RULE('term', () => {
    this.SUBRULE(this.atom);
    this.MANY(() => {
      this.CONSUME(T.Star);
      this.SUBRULE2(this.atom);
    });
  });

  atom = this.RULE('atom', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.SUBRULE(this.ref) },
      { ALT: () => this.CONSUME(T.NumberLit) },
      {
        ALT: () => {
          this.CONSUME2(T.LParen);
          this.SUBRULE(this.expr);
          this.CONSUME2(T.RParen);
        },
      },
    ]);
  });

  call = this.RULE('call', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Ident, { LABEL: 'callee' }) }, { ALT: () => this.CONSUME(T.Encode, { LABEL: 'callee' }) }]);
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expr) });
    this.CONSUME(T.RParen);
  });

  ref = this.RULE('ref', () => {
    this.CONSUME(T.Ident, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Ident, { LABEL: 'field' });
    });
    this.OPTION2(() => {
      this.CONSUME(T.LBracket);
      this.CONSUME3(T.Ident, { LABEL: 'index' });
      this.CONSUME(T.RBracket);
    });
  });
}

/** One shared instance: chevrotain parsers are reusable (set `input`, call a rule). */
export const tpeParser = new TpeParser();

export type { CstNode };
