/**
 * Resolves after the browser has painted: lets a progress message show before synchronous work (the
 * engine) occupies the thread. Falls back to a timer where there is no animation frame (hidden pane).
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}
