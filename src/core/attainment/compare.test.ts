import { attainmentRatio, meets, roundTo } from "./compare";

describe("meets", () => {
  test.each<[number, ">=" | "<=" | "=" | "range", number | [number, number], boolean]>([
    [0.67, ">=", 0.67, true],
    [0.66, ">=", 0.67, false],
    [(1.2 * 100) / 100 - 1, ">=", 0.2, true],
    [0.1999, ">=", 0.2, false],
    [3, "<=", 3, true],
    [3.01, "<=", 3, false],
    [2.5, "<=", 3, true],
    [1, "=", 1, true],
    [0, "=", 1, false],
    [0.1 + 0.2, "=", 0.3, true],
    [6.7, "range", [6.6, 6.8], true],
    [6.6, "range", [6.6, 6.8], true],
    [6.8, "range", [6.6, 6.8], true],
    [6.81, "range", [6.6, 6.8], false],
    [6.59, "range", [6.6, 6.8], false],
  ])("%p %s %p is %p", (actual, op, target, expected) => {
    expect(meets(actual, op, target)).toBe(expected);
  });
});

describe("roundTo", () => {
  test.each([
    [2 / 3, 2, 0.67],
    [1 / 3, 2, 0.33],
    [0.665, 2, 0.67],
    [0.995, 2, 1],
    [0.6649, 2, 0.66],
    [-0.665, 2, -0.67],
    [0.5, 0, 1],
  ])("roundTo(%p, %p) is %p", (v, d, expected) => {
    expect(roundTo(v, d)).toBe(expected);
  });
});

describe("attainmentRatio", () => {
  test("higher is better: actual over target", () => {
    expect(attainmentRatio(0.5, ">=", 1, "higher")).toBe(0.5);
  });
  test("lower is better: target over actual", () => {
    expect(attainmentRatio(4, "<=", 3, "lower")).toBe(0.75);
  });
  test("a zero target has no ratio", () => {
    expect(attainmentRatio(0.5, ">=", 0, "higher")).toBeNull();
  });
  test("a range has no single ratio", () => {
    expect(attainmentRatio(6.7, "range", [6.6, 6.8], "higher")).toBeNull();
  });
});
