import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { ChunkLoading } from "../../src/taskpane/components/ChunkLoading";

describe("ChunkLoading", () => {
  it("shows nothing on its first render, so a lazy tab that loads at once does not flash a spinner", () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <ChunkLoading label="Đang tải…" />
      </FluentProvider>,
    );
    expect(html).not.toContain("Đang tải…");
    expect(html).not.toContain('role="progressbar"');
  });
});
