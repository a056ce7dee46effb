import { Body1, Caption1, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Lang } from "../../engine";
import { ui, type UiKey } from "../../strings/ui";
import type { Detection } from "../model/detection";

const LAYOUT_KEY: Record<Detection["layouts"][number], UiKey> = {
  matrix: "layoutMatrix",
  perUnit: "layoutPerUnit",
  cross: "layoutCross",
};

// Not makeStyles: part of the first paint (see App.tsx).
const styles = {
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
  heading: { margin: 0 },
} satisfies Record<string, CSSProperties>;

export interface DetectedSectionProps {
  lang: Lang;
  detection: Detection | null;
  loading: boolean;
}

/** What the add-in found in the workbook: the criteria table, the units, how scores are entered, settings. */
export function DetectedSection({ lang, detection, loading }: DetectedSectionProps) {
  const t = (key: UiKey, values?: Record<string, string | number>) => ui(lang, key, values);
  return (
    <section aria-labelledby="detected-heading">
      <Subtitle2 as="h2" id="detected-heading" style={styles.heading}>
        {t("detectedHeading")}
      </Subtitle2>
      {loading && !detection ? (
        <Spinner size="tiny" label={t("detecting")} />
      ) : detection ? (
        <ul style={styles.list}>
          <li>
            <Body1>
              {detection.criteria ? t("detectedCriteria", detection.criteria) : t("detectedNoCriteria")}
            </Body1>
          </li>
          <li>
            <Body1>
              {detection.roster
                ? t("detectedUnits", { count: detection.unitCount, sheet: detection.roster.sheet })
                : t("detectedUnitsNoRoster", { count: detection.unitCount })}
            </Body1>
          </li>
          {detection.layouts.length > 0 && (
            <li>
              <Body1>
                {t("detectedLayouts", {
                  layouts: detection.layouts.map((layout) => t(LAYOUT_KEY[layout])).join(", "),
                })}
              </Body1>
            </li>
          )}
          <li>
            <Caption1>
              {detection.settingsSheet
                ? t("detectedSettings", { sheet: detection.settingsSheet })
                : t("detectedDefaultSettings")}
            </Caption1>
          </li>
        </ul>
      ) : null}
    </section>
  );
}
