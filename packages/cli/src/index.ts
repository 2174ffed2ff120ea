/**
 * The `csc` command line as a library: run it in-process (`main`), or reuse its streaming readers.
 *
 * @packageDocumentation
 */
export { ExitCode } from "./exit-codes";
export { type CliIo, processIo } from "./io";
export { findModel, type PublicModel, publicModels } from "./models";
export { main } from "./program";
export { formatFromName, type InputFormat, type ReadItem } from "./readers/read-item";
export { cellConverterFor, readRecords } from "./readers/read-records";
export { ReportCollector } from "./report-collector";
