/**
 * @tongban/load-generator — fills a Tongban PostgreSQL database with realistic case history
 * (cases, tasks, case events, timers) for performance and monitoring work.
 */
export { generate, type GenerateOptions, type GenerateProgress, type GenerateSummary } from './generate'
export { parseArgs, type CliOptions } from './cli/options'
