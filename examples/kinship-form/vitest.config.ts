import { packageTestConfig } from "../../vitest.shared";

// The browser test builds the page and starts Chromium: allow it time on a 2-core machine.
export default packageTestConfig({ timeoutMs: 120_000 });
