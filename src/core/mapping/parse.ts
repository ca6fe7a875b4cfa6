import { MappingError } from "../errors";
import { message } from "../i18n/messages";
import { firstIssue } from "../plan/load";
import { mappingFileSchema, type MappingFile } from "./schema";

/**
 * Parses a mapping file's text.
 * @throws MappingError naming the file and the first bad field.
 */
export function parseMappingText(text: string, source: string): MappingFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MappingError(
      "mapping.notJson",
      message("mapping.notJson", { source, detail: (e as Error).message }),
    );
  }
  const parsed = mappingFileSchema.safeParse(json);
  if (!parsed.success) {
    const { field, problem } = firstIssue(parsed.error);
    throw new MappingError("mapping.invalid", message("mapping.invalid", { source, field, problem }));
  }
  return parsed.data;
}
