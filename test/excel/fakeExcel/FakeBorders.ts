import { FakeClientObject, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { Rect } from "./SheetModel";

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;
type Edge = (typeof EDGES)[number];
type Side = "top" | "bottom" | "left" | "right";

// Excel.BorderLineStyle and Excel.BorderWeight: anything else fails the sync.
const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

// The sides of the cell at (r, c) that an edge of the whole range draws: the model keeps borders per cell.
function sidesOf(edge: Edge, r: number, c: number, rect: Rect): Side[] {
  const sides: Side[] = [];
  if (edge === "EdgeTop" && r === rect.top) sides.push("top");
  if (edge === "EdgeBottom" && r === rect.bottom) sides.push("bottom");
  if (edge === "EdgeLeft" && c === rect.left) sides.push("left");
  if (edge === "EdgeRight" && c === rect.right) sides.push("right");
  if (edge === "InsideHorizontal") {
    if (r > rect.top) sides.push("top");
    if (r < rect.bottom) sides.push("bottom");
  }
  if (edge === "InsideVertical") {
    if (c > rect.left) sides.push("left");
    if (c < rect.right) sides.push("right");
  }
  return sides;
}

export class FakeBorder extends FakeClientObject {
  declare style: string;
  declare weight: string;

  static {
    properties(FakeBorder, {
      style: (border, value) => border.apply("style", value),
      weight: (border, value) => border.apply("weight", value),
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly edge: Edge,
  ) {
    super(ctx);
  }

  private apply(key: "style" | "weight", value: string): void {
    if (!(key === "style" ? STYLES : WEIGHTS).includes(value)) {
      throw new FakeExcelError("InvalidArgument", `Bad border ${key} ${value}`);
    }
    this.ctx.queue.push(
      () =>
        this.range.eachCell((cell, r, c, rect) => {
          for (const side of sidesOf(this.edge, r, c, rect)) {
            const border = cell.borders[side] ?? { style: "None", weight: "Thin" };
            border[key] = value;
            cell.borders[side] = border;
          }
        }),
      value,
    );
  }
}

export class FakeBorders extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  getItem(edge: string): FakeBorder {
    if (!(EDGES as readonly string[]).includes(edge)) {
      throw new FakeExcelError("InvalidArgument", `The fake has no border ${edge}.`);
    }
    return new FakeBorder(this.ctx, this.range, edge as Edge);
  }
}
