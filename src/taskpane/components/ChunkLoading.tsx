import { Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/** A lazy part's code is a local file that usually arrives within a frame or two: no spinner for that. */
const SHOW_AFTER_MS = 200;

/**
 * What a lazily loaded tab or section shows while its code arrives: nothing at first, so a fast load does not
 * flash a spinner, then a labelled spinner (announced like the pane's other spinners) if it takes longer.
 */
export function ChunkLoading({ label }: { label: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return shown ? <Spinner size="tiny" label={label} /> : null;
}
