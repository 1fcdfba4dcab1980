// Lexer vocabulary of the .tpe language. Keywords are separate token types (with Ident as
// longer_alt, so `encoder` stays an identifier); value words such as architecture, encoding,
// placement, movement and type names are identifiers checked by lowering, so a typo gets a
// "did you mean" instead of a syntax error.
import { createToken, Lexer, type ILexerConfig, type TokenType } from 'chevrotain';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: 'comments' });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, line_breaks: true, group: 'comments' });
// An unterminated block comment runs to the end of the file; matched so it gets its own message.
export const OpenComment = createToken({ name: 'OpenComment', pattern: /\/\*[\s\S]*/, line_breaks: true, group: 'open' });

// Dashed words (systolic-os, partial-products) are one identifier: the language has no minus.
export const Ident = createToken({ name: 'Ident', pattern: /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*/ });

const kw = (name: string, word: string): TokenType => createToken({ name, pattern: new RegExp(`${word}\\b`), longer_alt: Ident });

export const Engine = kw('Engine', 'engine');
export const Forall = kw('Forall', 'forall');
export const For = kw('For', 'for');
export const Skip = kw('Skip', 'skip');
export const Zeros = kw('Zeros', 'zeros');
export const Group = kw('Group', 'group');
export const Encode = kw('Encode', 'encode');
export const In = kw('In', 'in');
export const Per = kw('Per', 'per');
export const Clock = kw('Clock', 'clock');
export const Technology = kw('Technology', 'technology');
export const Pipeline = kw('Pipeline', 'pipeline');
export const Workload = kw('Workload', 'workload');
export const Sync = kw('Sync', 'sync');
export const At = kw('At', 'at');
export const Drain = kw('Drain', 'drain');

export const NumberLit = createToken({ name: 'NumberLit', pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/ });
export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\n\r]|\\.)*"/ });

export const LBrace = createToken({ name: 'LBrace', pattern: /\{/ });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const LessEq = createToken({ name: 'LessEq', pattern: /<=/ });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const Star = createToken({ name: 'Star', pattern: /\*/ });

/** Order matters: comments before operators, keywords before Ident, `<=` before `=`. */
export const ALL_TOKENS: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  OpenComment,
  Engine,
  Forall,
  For,
  Skip,
  Zeros,
  Group,
  Encode,
  In,
  Per,
  Clock,
  Technology,
  Pipeline,
  Workload,
  Sync,
  At,
  Drain,
  Ident,
  NumberLit,
  StringLit,
  LBrace,
  RBrace,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Dot,
  LessEq,
  Equals,
  Plus,
  Star,
];

export const KEYWORDS = new Set([
  'engine',
  'forall',
  'for',
  'skip',
  'zeros',
  'group',
  'encode',
  'in',
  'per',
  'clock',
  'technology',
  'pipeline',
  'workload',
  'sync',
  'at',
  'drain',
]);

// positionTracking "full" gives end lines/columns for spans; ensureOptimizations off because
// the comment pattern uses a lazy quantifier chevrotain cannot analyse (it still works).
// Only \n ends a line, as in the renderer and in span.ts posAt (a lone \r is blank space).
// The token validations are skipped at start-up like the parser's (test/dsl/grammar.test.ts
// runs them with skipValidations false).
export const LEXER_CONFIG: ILexerConfig = {
  positionTracking: 'full',
  ensureOptimizations: false,
  lineTerminatorsPattern: /\n/g,
  lineTerminatorCharacters: ['\n'],
};
export const tpeLexer = new Lexer(ALL_TOKENS, { ...LEXER_CONFIG, skipValidations: true });
