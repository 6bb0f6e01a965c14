/**
 * The engine's only door (STYLE.md): pure simulation over plain data, no DOM, no React.
 */
export * from './types';
export * from './parameters';
export * from './measures';
export {
  compileExpression,
  formulaParserLoaded,
  holdsFormula,
  loadFormulaParser,
  loadFormulaParserFor,
  provideFormulaParser,
  type CompiledExpression,
  type CompileResult,
  type ExpressionScope,
  type FormulaParser,
} from './expressions';
export { prepareScenario, cloneModel, arrayValueAt, type PreparedModel, type PrepareResult, type ParameterValues, type ModelBase } from './prepare';
export * from './project';
export * from './effects';
export * from './report';
export { resolveParameter, type ParameterHandle, type ParameterPathProblem } from './parameter-paths';
export { createRandom, createDistribution, normalCdf, normalQuantile, type Distribution } from './random';
export { MonteCarloRun, runMonteCarlo, percentiles, FAN_PERCENTILES, type Fan, type MonteCarloSummary } from './monte-carlo';
export { sensitivity, defaultSensitivityMoves, createEffectProbe, type SensitivityBar, type SensitivityResult } from './sensitivity';
export { goalSeek, type GoalSeekTarget, type GoalSeekResult } from './goal-seek';
export { Runner, type RunnerRequest, type RunnerResponse, type MonteCarloRequest, type SensitivityRequest, type GoalSeekRequest, type CancelRequest } from './runner';
export { financeBoundShareSeries } from './project';
export { JOBS_EVIDENCE, JOBS_EVIDENCE_BAND, evidenceVerdict, type EvidenceRow, type BilingualText } from './evidence';
export { impliedFigures, type ImpliedClassFigures } from './implied';
export { FOGAPE_EXTRA_CREDIT, bankFigures, fundFigures, nplRatioAt, type BankFigures, type FundClassRow, type FundFigures } from './bank-fund';
