/**
 * The merged ranges in a `RangeAreas.address`, as the core's model lists them: `Sheet1!$A$1:$C$1, 'It''s, ok'!A7:A8`
 * → `["A1:C1", "A7:A8"]`. Commas inside a quoted sheet name do not separate areas.
 */
export function mergedRangesOf(address: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      areas.push(current);
      current = "";
    } else current += ch;
  }
  areas.push(current);
  return areas
    .map((area) =>
      area
        .slice(area.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .trim()
        .toUpperCase(),
    )
    .filter((area) => area !== "");
}
