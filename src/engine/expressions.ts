/**
 * Path expressions (MODEL.md 6): parsed once with mathjs, checked against a closed list of node kinds,
 * and compiled once into a plain closure. The closure, not mathjs, evaluates: comparisons are exact
 * (mathjs compares with a tolerance) and nothing outside the list can ever be reached at run time.
 */
import type { MathNode } from 'mathjs';
import { PARAMETERS, PARAMETER_NAMES, isPathKind } from './parameters';

/** mathjs's parser (built in formula-parser.ts). */
export type FormulaParser = (source: string) => MathNode;

// mathjs is a fifth of the app's script, and most files hold no formula (the shipped workshop none): the
// app loads the parser when a file, a session or a field first holds one, not with the first screen.
// Compiling a formula before it is loaded is a programming error: every way in for a formula (a file, a
// link, a session, a typed field) waits for loadFormulaParserFor first. The command line and the tests
// load it before anything else; the engine's Worker has it built in.
let parse: FormulaParser | null = null;
let loading: Promise<void> | null = null;

/** Gives the engine mathjs's parser (the Worker does so at once; the page through loadFormulaParser). */
export function provideFormulaParser(parser: FormulaParser): void {
  parse = parser;
}

/** Tells whether formulas can be compiled now. */
export function formulaParserLoaded(): boolean {
  return parse !== null;
}

/** Loads mathjs's parser (once; a failed load may be tried again). */
export function loadFormulaParser(): Promise<void> {
  loading ??= import('./formula-parser').then(
    (module) => provideFormulaParser(module.parseFormula),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const PATH_PARAMETERS: ReadonlySet<string> = new Set(PARAMETER_NAMES.filter((name) => isPathKind(PARAMETERS[name].kind)));

/**
 * Whether a JSON value (a file, a workshop, a session, a scenario) may hold a formula: a string given to a
 * path parameter, for every class or for one (MODEL.md 2). Read before the file checks, so it looks at
 * every object whatever its place, and may say yes for a string the checks will refuse: the parser is
 * then loaded for nothing, never missed.
 */
export function holdsFormula(value: unknown): boolean {
  // A loop over objects alone (most of a workshop is numbers and texts): it runs on the shipped workshop at start-up.
  const stack: object[] = typeof value === 'object' && value !== null ? [value] : [];
  while (stack.length > 0) {
    const item = stack.pop() as Record<string, unknown> | unknown[];
    if (Array.isArray(item)) {
      for (const child of item) if (typeof child === 'object' && child !== null) stack.push(child);
      continue;
    }
    for (const key in item) {
      const child = item[key];
      if (typeof child === 'string') {
        if (PATH_PARAMETERS.has(key)) return true;
      } else if (typeof child === 'object' && child !== null) {
        if (PATH_PARAMETERS.has(key) && !Array.isArray(child) && Object.values(child).some((v) => typeof v === 'string')) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** Loads the parser if the value may hold a formula and it is not loaded yet; resolves at once otherwise. */
export async function loadFormulaParserFor(value: unknown): Promise<void> {
  if (parse === null && holdsFormula(value)) await loadFormulaParser();
}

/** The variables an expression may read: the year and the horizon. */
export interface ExpressionScope {
  readonly t: number;
  readonly H: number;
}

/** A compiled path expression. */
export type CompiledExpression = (scope: ExpressionScope) => number;

/** Why an expression was refused: a code and a short detail for the message. */
export interface ExpressionProblem {
  readonly code: 'expression-syntax' | 'expression-forbidden';
  readonly detail: string;
}

/** The outcome of compiling one expression. */
export type CompileResult =
  | { readonly ok: true; readonly evaluate: CompiledExpression }
  | { readonly ok: false; readonly problem: ExpressionProblem };

type Evaluator = (t: number, H: number) => number;

const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => Math.pow(a, b),
  smaller: (a, b) => (a < b ? 1 : 0),
  smallerEq: (a, b) => (a <= b ? 1 : 0),
  larger: (a, b) => (a > b ? 1 : 0),
  largerEq: (a, b) => (a >= b ? 1 : 0),
  equal: (a, b) => (a === b ? 1 : 0),
  unequal: (a, b) => (a !== b ? 1 : 0),
};

/** Rounds half away from zero, as mathjs does. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const UNARY_FUNCTIONS: Record<string, (x: number) => number> = {
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  floor: Math.floor,
  ceil: Math.ceil,
  round: roundHalfAway,
};

const CONSTANTS: Record<string, number> = { e: Math.E, pi: Math.PI };

class Forbidden extends Error {}

function forbid(what: string): never {
  throw new Forbidden(what);
}

// Number literals: decimals with an optional exponent. mathjs would also read 0x1F, 0b101 and 0o17.
const NON_DECIMAL_LITERAL = /(^|[^A-Za-z0-9_.])0[xXbBoO][0-9A-Fa-f]/;

function build(node: MathNode): Evaluator {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number') forbid(`the value ${JSON.stringify(value)} (only numbers)`);
      // mathjs reads the names Infinity and NaN as constants; they are names, and names are closed.
      if (!Number.isFinite(value)) forbid(`the name "${String(value)}"`);
      return () => value;
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (name === 't') return (t) => t;
      if (name === 'H') return (_t, H) => H;
      if (Object.hasOwn(CONSTANTS, name)) {
        const value = CONSTANTS[name];
        return () => value;
      }
      return forbid(`the name "${name}"`);
    }
    case 'ParenthesisNode':
      return build((node as unknown as { content: MathNode }).content);
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; op: string; args: MathNode[]; implicit: boolean; isPercentage?: boolean };
      if (op.implicit) forbid('implicit multiplication (write 2 * t, not 2t)');
      // mathjs reads "2%" as 2 / 100; % is not in the allowed list (MODEL.md 6).
      if (op.isPercentage) forbid('the operator "%"');
      if (op.args.length === 1) {
        const arg = build(op.args[0]);
        if (op.fn === 'unaryMinus') return (t, H) => -arg(t, H);
        if (op.fn === 'unaryPlus') return arg;
        return forbid(`the operator "${op.op}"`);
      }
      const fn = Object.hasOwn(BINARY, op.fn) ? BINARY[op.fn] : undefined;
      if (!fn || op.args.length !== 2) return forbid(`the operator "${op.op}"`);
      const left = build(op.args[0]);
      const right = build(op.args[1]);
      return (t, H) => fn(left(t, H), right(t, H));
    }
    case 'ConditionalNode': {
      const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
      const condition = build(c.condition);
      const whenTrue = build(c.trueExpr);
      const whenFalse = build(c.falseExpr);
      return (t, H) => (condition(t, H) !== 0 ? whenTrue(t, H) : whenFalse(t, H));
    }
    case 'FunctionNode': {
      const f = node as unknown as { fn: MathNode; args: MathNode[] };
      if (f.fn.type !== 'SymbolNode') return forbid('calling anything but a named function');
      const name = (f.fn as unknown as { name: string }).name;
      const known = Object.hasOwn(UNARY_FUNCTIONS, name) || name === 'pow' || name === 'min' || name === 'max';
      if (!known) forbid(`the function "${name}"`);
      const args = f.args.map(build);
      if (Object.hasOwn(UNARY_FUNCTIONS, name)) {
        if (args.length !== 1) forbid(`${name} with ${args.length} arguments (it takes one)`);
        const g = UNARY_FUNCTIONS[name];
        const a = args[0];
        return (t, H) => g(a(t, H));
      }
      if (name === 'pow') {
        if (args.length !== 2) forbid(`pow with ${args.length} arguments (it takes two)`);
        const [a, b] = args;
        return (t, H) => Math.pow(a(t, H), b(t, H));
      }
      if (name === 'min' || name === 'max') {
        if (args.length < 2) forbid(`${name} with ${args.length} argument (it takes two or more)`);
        const pick = name === 'min' ? Math.min : Math.max;
        return (t, H) => {
          let acc = args[0](t, H);
          for (let i = 1; i < args.length; i++) acc = pick(acc, args[i](t, H));
          return acc;
        };
      }
      return forbid(`the function "${name}"`);
    }
    case 'RelationalNode':
      return forbid('chained comparisons (use one comparison at a time)');
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return forbid('assignments and definitions');
    default:
      return forbid(`${describeNode(node.type)}`);
  }
}

function describeNode(type: string): string {
  const names: Record<string, string> = {
    ArrayNode: 'matrices',
    RangeNode: 'ranges',
    AccessorNode: 'property or index access',
    IndexNode: 'indexing',
    ObjectNode: 'objects',
    BlockNode: 'several statements',
  };
  return names[type] ?? `the construct ${type}`;
}

/** Compiles one path expression, or says why it is refused. Never evaluates it. */
export function compileExpression(source: string): CompileResult {
  if (source.trim() === '') return { ok: false, problem: { code: 'expression-syntax', detail: 'the expression is empty' } };
  if (source.length > 500) {
    return { ok: false, problem: { code: 'expression-forbidden', detail: 'expressions longer than 500 characters' } };
  }
  if (NON_DECIMAL_LITERAL.test(source)) {
    return { ok: false, problem: { code: 'expression-forbidden', detail: 'hexadecimal, binary or octal numbers' } };
  }
  if (parse === null) throw new Error('compileExpression: the formula parser is not loaded (await loadFormulaParserFor or loadFormulaParser first)');
  let root: MathNode;
  try {
    root = parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'expression-syntax', detail } };
  }
  try {
    const evaluator = build(root);
    return { ok: true, evaluate: (scope) => evaluator(scope.t, scope.H) };
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, problem: { code: 'expression-forbidden', detail: error.message } };
    throw error;
  }
}
