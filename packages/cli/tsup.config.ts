import { packageBuildConfig } from "../../tsup.shared";

// The CLI is a program with a bin entry; ES modules only, like every package.
export default packageBuildConfig({ index: "src/index.ts", bin: "src/bin.ts" });
