import { z } from "zod";

/** Where one value is: the mapping file's entry, as the CLI, the add-in and detection all write it. */
export const mappingEntrySchema = z.object({
  workbook: z.string().min(1).optional(),
  input: z.string().min(1),
  unit: z.string().min(1),
  year: z.number().int().min(1990).max(2100).optional(),
  sheet: z.string().min(1),
  cell: z.string().min(1),
  confidence: z.number().min(0).max(1).optional(),
  reason: z.string().optional(),
});

export const mappingFileSchema = z.object({
  plan: z.string().min(1).optional(),
  mappings: z.array(mappingEntrySchema),
});

export type MappingEntry = z.infer<typeof mappingEntrySchema>;
export type MappingFile = z.infer<typeof mappingFileSchema>;

/** An entry that always names its workbook and nothing else: corpus labels, fixture mappings, scored proposals. */
export type LabelledEntry = Omit<MappingEntry, "workbook" | "confidence" | "reason"> & { workbook: string };
