/**
 * The scenario file format's door: load (parse, check, migrate, validate), serialize, messages.
 */
export * from './schema';
export * from './issues';
export { formatIssue, englishMessage, oneLine, ISSUE_CODES, type IssueCode } from './messages';
export { loadText, loadTextAsync, loadValue, validateScenarioValue, serializeScenario, serializeWorkshop, splitPath, MAX_FILE_BYTES, type LoadResult, type LoadedFile, type MigrationNote } from './load';
export { loadBytes, decodeFileBytes, tooLargeIssue, firstInvalidUtf8Byte, type DecodedBytes } from './bytes';
export { readShippedWorkshop, type CheckedFile } from './shipped';
