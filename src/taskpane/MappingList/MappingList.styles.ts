import { makeStyles, tokens } from "@fluentui/react-components";

export const useMappingListStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
  },
  confirmed: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  line: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  entryButton: { justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
