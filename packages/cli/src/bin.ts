#!/usr/bin/env node
import { enableCompileCache } from "node:module";

// V8's code cache for every module this command loads (Node's compile cache, in the system's
// temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a second run skips compiling them,
// which is a large part of a short command's time. Enabled before the program's modules load.
enableCompileCache?.();
const { processIo } = await import("./io");
const { main } = await import("./program");

// A reader that stops early (`csc … | head`) closes the pipe: end quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
