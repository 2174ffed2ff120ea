import { packageTestConfig } from "../../vitest.shared";

export default packageTestConfig({ timeoutMs: 120_000 });
