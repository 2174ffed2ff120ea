#!/usr/bin/env node
// The `csc` command. A committed launcher (not the build output itself), so that npm links the
// command when the workspace is installed, before the first build has written dist/.
import "../dist/bin.js";
