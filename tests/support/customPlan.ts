/** A small plan written in a test, as a user would write a plan file: two agencies that merge in 2025. */
export function mergerPlanJson(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: "thu-nghiem",
    version: "1",
    title: { vi: "Kế hoạch thử nghiệm", en: "Test plan" },
    document: {
      number: "1/KH-TN",
      date: "2024-01-15",
      issuer: { vi: "UBND tỉnh X", en: "X People's Committee" },
    },
    province: "X",
    startYear: 2024,
    units: {
      id: "x-2025",
      name: { vi: "Cơ quan báo chí tỉnh X", en: "X press agencies" },
      units: [
        {
          id: "bao-x",
          name: { vi: "Báo X", en: "X Newspaper" },
          kind: "agency",
          attributes: { electronicPress: true },
          validFrom: "2020-01-01",
          validTo: "2025-06-30",
          mergedInto: "bao-ptth-x",
        },
        {
          id: "dai-x",
          name: { vi: "Đài PT-TH X", en: "X Radio-TV" },
          kind: "agency",
          attributes: { electronicPress: true },
          validFrom: "2020-01-01",
          validTo: "2025-06-30",
          mergedInto: "bao-ptth-x",
        },
        {
          id: "bao-ptth-x",
          name: { vi: "Báo và Phát thanh, Truyền hình X", en: "X Newspaper, Radio and TV" },
          kind: "agency",
          attributes: { electronicPress: true },
          validFrom: "2025-07-01",
        },
        {
          id: "tap-chi-x",
          name: { vi: "Tạp chí X", en: "X Magazine" },
          kind: "agency",
          attributes: { electronicPress: false },
        },
      ],
    },
    inputs: [
      {
        id: "incidents",
        name: { vi: "Số sự cố mất an toàn thông tin", en: "Security incidents" },
        type: "count",
        series: "yearly",
        unitOfMeasure: { vi: "vụ", en: "incidents" },
      },
      {
        id: "maturity",
        name: { vi: "Điểm mức độ trưởng thành", en: "Maturity score" },
        type: "amount",
        series: "status",
        unitOfMeasure: { vi: "điểm", en: "points" },
        max: 100,
      },
    ],
    indicators: [
      {
        id: "few-incidents",
        name: { vi: "Cơ quan có không quá 2 sự cố", en: "Agencies with at most 2 incidents" },
        unitOfMeasure: { vi: "%", en: "%" },
        measure: { kind: "share-of-units", input: "incidents", criterion: { op: "<=", value: 2 } },
        targets: [{ year: 2025, op: ">=", value: 0.5, display: "50%" }],
      },
      {
        id: "incident-growth",
        name: { vi: "Số sự cố giảm", en: "Incidents fall" },
        unitOfMeasure: { vi: "%", en: "%" },
        direction: "lower",
        measure: { kind: "growth-of-sum", input: "incidents", baselineYear: 2024 },
        targets: [{ year: 2025, op: "<=", value: -0.1, display: "giảm ≥ 10%" }],
      },
      {
        id: "maturity-band",
        name: {
          vi: "Điểm trưởng thành của Tạp chí trong khoảng 50–70",
          en: "Magazine maturity within 50–70",
        },
        unitOfMeasure: { vi: "điểm", en: "points" },
        measure: { kind: "ratio-of-sums", numerator: "maturity", denominator: "maturity" },
        targets: [{ year: 2025, op: "range", value: [0.9, 1.1], display: "0,9–1,1" }],
      },
    ],
  };
}
