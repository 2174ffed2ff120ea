#!/usr/bin/env node
import { processIo } from "./io";
import { main } from "./program";

// A reader that stops early (`csc … | head`) closes the pipe: end quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
