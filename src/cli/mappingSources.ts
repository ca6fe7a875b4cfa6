import os from "node:os";
import path from "node:path";

/** Who saves a mapping, as the meta sheet records it. */
export function savedBy(): string {
  let user = "";
  try {
    user = os.userInfo().username;
  } catch {
    // No user database (some containers): the tool's name alone says enough.
  }
  return user ? `${user} (chitieu 0.1.0)` : "chitieu 0.1.0";
}

/** Where `--save` writes the copy of one workbook: the path itself for one input, inside the folder for several. */
export function savePath(save: string, input: string, count: number): string {
  return count === 1 ? save : path.join(save, path.basename(input));
}
