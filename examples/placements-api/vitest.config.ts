import { packageTestConfig } from "../../vitest.shared";

// Every test here drives a real server over loopback; on a shared 2-core machine under a full
// `npm test` one request can wait seconds for the CPU, so a test gets a minute rather than 20 s.
export default packageTestConfig({ timeoutMs: 60_000 });
