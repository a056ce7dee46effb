import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Tab,
  TabList,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useMemo, useState, type CSSProperties } from "react";
import type { Lang } from "../../engine";
import { dialogWord } from "../../strings/dialogStrings";
import { ui } from "../../strings/ui";
import { useCellSelection } from "../hooks/useCellSelection";
import { useInsertSample } from "../hooks/useInsertSample";
import { useRankRun } from "../hooks/useRankRun";
import { useWorkbookInspection } from "../hooks/useWorkbookInspection";
import { detection as detect } from "../model/detection";
import { ChunkLoading } from "./ChunkLoading";
import { DetectedSection } from "./DetectedSection";
import { RankSection } from "./RankSection";

export interface AppProps {
  lang: Lang;
  version: string;
  /** False when the page was opened outside Excel: the pane then says so instead of pretending to work. */
  insideOffice: boolean;
}

type TabValue = "overview" | "issues" | "forms" | "settings";

// The first paint needs only the shell and the rank tab (DESIGN §7: ≤ 150 KB gzip up front). The other tabs
// load when first opened (the issue list brings every issue message with it); the sample picker only for an
// empty workbook; the rank run's layouts and writes, and the summary they fill, when Rank is first clicked
// (useRankRun), the samples when one is inserted (useInsertSample).
const IssueList = lazy(() =>
  import(/* webpackChunkName: "issues" */ "./IssueList").then((m) => ({ default: m.IssueList })),
);
const SampleSection = lazy(() =>
  import(/* webpackChunkName: "samplePicker" */ "./SampleSection").then((m) => ({
    default: m.SampleSection,
  })),
);
const FormsView = lazy(() =>
  import(/* webpackChunkName: "forms" */ "./FormsView").then((m) => ({ default: m.FormsView })),
);
const SettingsView = lazy(() =>
  import(/* webpackChunkName: "settings" */ "./SettingsView").then((m) => ({ default: m.SettingsView })),
);
// Plain style objects rather than makeStyles in the parts of the first paint (this file, DetectedSection,
// RankSection): Fluent's own styles come precompiled, so without a makeStyles call Griffel's runtime compiler
// (stylis, rtl-css-js; about 8 KB gzip) stays out of the first bundle and loads with the lazy tabs instead.
const styles = {
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
  // minmax(0, 1fr): a grid column may shrink below its content's width, so long names wrap in a narrow pane.
  panel: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalL,
    alignContent: "start",
    overflowWrap: "anywhere",
  },
  footer: {
    marginTop: "auto",
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
} satisfies Record<string, CSSProperties>;

/** The task pane: what was found, the Rank button with its progress, the results, the issues, the settings. */
export function App({ lang, version, insideOffice }: AppProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<TabValue>("overview");
  const { result, loading, filter, setFilter, show, refresh } = useWorkbookInspection(
    lang,
    insideOffice,
    setFailure,
  );
  const run = useRankRun(lang, show, setFailure, setNotice);
  const sample = useInsertSample(lang, refresh, setFailure, setNotice);
  const select = useCellSelection(lang, refresh, setFailure, setNotice);
  const found = useMemo(() => (result ? detect(result) : null), [result]);
  const { progress, written, summary } = run;
  const busy = run.busy || sample.busy;

  const t = ui[lang];
  const issues = result?.issues ?? [];
  const chunkLoading = <ChunkLoading label={t.loadingTab} />;
  return (
    <div style={styles.root}>
      <header>
        <Title2 as="h1" block style={styles.heading}>
          {t.productName}
        </Title2>
        <Subtitle2 as="p" block style={styles.tagline} lang={lang === "vi" ? "en" : "vi"}>
          {t.productTagline}
        </Subtitle2>
      </header>
      {!insideOffice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.outsideOffice}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{dialogWord(lang, "hostHeading")}</MessageBarTitle> {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {insideOffice && (
        <>
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabValue)}>
            <Tab id="tab-overview" value="overview" aria-controls="panel-overview">
              {t.tabOverview}
            </Tab>
            <Tab id="tab-issues" value="issues" aria-controls="panel-issues">
              {ui(lang, "tabIssues", { count: issues.length })}
            </Tab>
            <Tab id="tab-forms" value="forms" aria-controls="panel-forms">
              {t.tabForms}
            </Tab>
            <Tab id="tab-settings" value="settings" aria-controls="panel-settings">
              {t.tabSettings}
            </Tab>
          </TabList>
          <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} style={styles.panel}>
            {tab === "overview" && (
              <>
                <DetectedSection lang={lang} detection={found} loading={loading} />
                {found?.empty && (
                  <Suspense fallback={chunkLoading}>
                    <SampleSection lang={lang} busy={busy} onInsert={(id) => void sample.insert(id)} />
                  </Suspense>
                )}
                <RankSection
                  lang={lang}
                  progress={progress}
                  busy={busy || loading}
                  blocked={found?.empty ?? false}
                  onRank={() => void run.rank()}
                  onCheck={() => void run.rank(["dataCheck"])}
                />
                {result && progress === "done" && summary && (
                  <summary.Section
                    lang={lang}
                    result={result}
                    written={written}
                    onShowIssues={() => setTab("issues")}
                  />
                )}
              </>
            )}
            <Suspense fallback={chunkLoading}>
              {tab === "issues" && (
                <IssueList
                  lang={lang}
                  kind={result?.settings.kind}
                  issues={issues}
                  filter={filter}
                  onFilter={setFilter}
                  onSelect={(issue) => void select(issue)}
                />
              )}
              {tab === "forms" && (
                <FormsView
                  lang={lang}
                  disabled={busy || loading}
                  onSelect={(issue) => void select(issue)}
                  onChanged={() => void refresh()}
                  onFailure={setFailure}
                />
              )}
              {tab === "settings" && <SettingsView lang={lang} onSaved={() => void refresh()} />}
            </Suspense>
          </main>
        </>
      )}
      <footer style={styles.footer}>
        <Caption1>
          {t.versionLabel} {version}
        </Caption1>
      </footer>
    </div>
  );
}
