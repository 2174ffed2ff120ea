import { packageBuildConfig } from "../../tsup.shared";

export default packageBuildConfig(
  { index: "src/index.ts", testing: "src/testing/index.ts" },
  { external: ["zod"] },
);
