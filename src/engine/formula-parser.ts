/**
 * mathjs's expression parser (MODEL.md 6: imported from `mathjs/number`), in a module of its own so that
 * the app loads it when a formula first appears (expressions.ts), not with the first screen.
 */
import { create, parseDependencies } from 'mathjs/number';
import type { FormulaParser } from './expressions';

export const parseFormula = create({ parseDependencies }).parse as FormulaParser;
