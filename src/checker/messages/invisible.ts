import { codePointLabel, invisibleKind, type InvisibleKind } from "../unicode";
import { fill } from "./catalogue";

/**
 * A catalogue's namer of invisible characters from one template per kind, each with the
 * character's `{code}` ("Steuerzeichen {code}": "Steuerzeichen U+0007").
 */
export function namesByKind(
  templates: Readonly<Record<InvisibleKind, string>>,
): (codePoint: number) => string {
  return (codePoint) =>
    fill(templates[invisibleKind(codePoint) ?? "format"], { code: codePointLabel(codePoint) });
}
