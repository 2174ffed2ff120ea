import { packageBuildConfig } from "../../tsup.shared";

// The CLI is a program: ES modules only (its dependencies are ESM-only), with a bin entry.
export default packageBuildConfig({ index: "src/index.ts", bin: "src/bin.ts" }, { format: ["esm"] });
