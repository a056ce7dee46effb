import { normalizeLabel } from "../read/normalizeLabel";
import type { UnitKind } from "./settings";

/**
 * The kind a bloc's name implies when no `Loại` is set (DESIGN §2.3): a name whose first word is `Cụm`
 * (any case, with or without diacritics: "CỤM THI ĐUA SỐ 3", "Cụm thi đua các xã phía Bắc") is a cluster,
 * any other name, or none, a bloc.
 */
export function kindFromName(name: string): UnitKind {
  return normalizeLabel(name).split(" ")[0] === "cum" ? "cluster" : "bloc";
}
