/**
 * Every test may compile a formula at once, as the command line may: the parser is loaded before the
 * tests run (the app loads it when a formula first appears; test/engine/formula-parser.test.ts covers that).
 */
import { loadFormulaParser } from '../src/engine';

await loadFormulaParser();
