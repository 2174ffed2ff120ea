import { packageTestConfig } from "../../vitest.shared";

// The README test compiles and runs each example in a child process: give it time on a busy machine.
export default packageTestConfig({ timeoutMs: 60_000 });
