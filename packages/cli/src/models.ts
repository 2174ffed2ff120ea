import * as core from "@childrens-social-care/core";
import * as corporateParenting from "@childrens-social-care/corporate-parenting";
import * as kinship from "@childrens-social-care/kinship";
import * as meetings from "@childrens-social-care/meetings";
import * as placements from "@childrens-social-care/placements";
import * as reforms from "@childrens-social-care/reforms";
import * as z from "zod";

/** A public schema the command line can validate against or export. */
export interface PublicModel {
  /** The export name, e.g. `CareEpisode`. */
  readonly name: string;
  /** The schema's registered id, e.g. `placements.CareEpisode`. */
  readonly id: string;
  /** The npm package that exports it. */
  readonly packageName: string;
  readonly title?: string;
  readonly schema: z.ZodType;
}

// Every published package whose schemas the CLI knows. Adding a package is one line here.
const PACKAGES: Readonly<Record<string, Record<string, unknown>>> = {
  "@childrens-social-care/core": core,
  "@childrens-social-care/corporate-parenting": corporateParenting,
  "@childrens-social-care/kinship": kinship,
  "@childrens-social-care/meetings": meetings,
  "@childrens-social-care/placements": placements,
  "@childrens-social-care/reforms": reforms,
};

let cache: PublicModel[] | undefined;

/** Every public schema of every package: exports that are Zod schemas with a registered id. */
export function publicModels(): readonly PublicModel[] {
  if (cache) return cache;
  const out: PublicModel[] = [];
  for (const [packageName, exports] of Object.entries(PACKAGES)) {
    for (const [name, value] of core.publicSchemasOf(exports)) {
      const meta = z.globalRegistry.get(value);
      if (!meta?.id) continue;
      const model: PublicModel = { name, id: meta.id, packageName, schema: value };
      out.push(meta.title ? { ...model, title: meta.title } : model);
    }
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  cache = out;
  return out;
}

/**
 * Finds a model by export name (`CareEpisode`) or by id (`placements.CareEpisode`), case-sensitive.
 * An export name shared by two packages must be given by id.
 */
export function findModel(name: string): { model?: PublicModel; candidates: readonly PublicModel[] } {
  const all = publicModels();
  const byId = all.find((m) => m.id === name);
  if (byId) return { model: byId, candidates: [byId] };
  const byName = all.filter((m) => m.name === name);
  if (byName.length === 1) return { model: byName[0] as PublicModel, candidates: byName };
  if (byName.length > 1) return { candidates: byName };
  const lower = name.toLowerCase();
  return {
    candidates: all.filter((m) => m.name.toLowerCase().includes(lower) || m.id.toLowerCase().includes(lower)),
  };
}
