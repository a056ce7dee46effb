/**
 * A part we add to a package, with the parts it refers to. The package chooses its file name (the next free
 * `${stem}N.xml`) and writes the relationships; the ids the parent's XML uses (`r:id="rId1"`) are the
 * parent's own, since every part we add gets a relationships part of its own.
 */
export interface NewPart {
  /** Path and name stem of parts of its kind: `xl/drawings/drawing` gives xl/drawings/drawing1.xml. */
  stem: string;
  contentType: string;
  /** The relationship type by which its parent refers to it. */
  relType: string;
  /** The relationship id the parent's XML refers to it by. */
  id: string;
  xml: string;
  children?: NewPart[];
}

/** A worksheet we add: its name in the workbook, its XML, and the parts its XML refers to (a drawing). */
export interface NewSheet {
  name: string;
  xml: string;
  children: NewPart[];
}
