import { packageTestConfig } from "../../vitest.shared";

// Hundreds of small, pure rule test files: share workers between them (see vitest.shared.ts).
export default packageTestConfig({ isolate: false, timeoutMs: 60_000 });
