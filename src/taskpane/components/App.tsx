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
import { Suspense, lazy, useCallback, useEffect, useMemo, useState, type CSSProperties } from "react";
import type { BlocResult, Issue, Lang, OutputKind } from "../../engine";
import { inspectWorkbook, selectCell } from "../../excel";
import { dialogWord } from "../../strings/dialogStrings";
import { ui, uiStrings } from "../../strings/ui";
import { detection as detect } from "../model/detection";
import { failureMessage } from "../model/failureMessage";
import { NO_FILTER, type IssueFilter } from "../model/issueFilter";
import { nextPaint } from "../model/nextPaint";
import type { SampleId } from "../model/sampleChoices";
import { ChunkLoading } from "./ChunkLoading";
import { DetectedSection } from "./DetectedSection";
import { RankSection, type Progress } from "./RankSection";
import type { SummarySection } from "./SummarySection";

export interface AppProps {
  lang: Lang;
  version: string;
  /** False when the page was opened outside Excel: the pane then says so instead of pretending to work. */
  insideOffice: boolean;
}

type TabValue = "overview" | "issues" | "forms" | "settings";

// The first paint needs only the shell and the rank tab (DESIGN §7: ≤ 150 KB gzip up front). The other tabs
// load when first opened (the issue list brings every issue message with it); the sample picker only for an
// empty workbook; the rank run's layouts and writes, and the summary they fill, when Rank is first clicked.
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
/** One chunk for both: the summary is only ever shown after a run, so it arrives with the run's code. */
const loadRank = () =>
  Promise.all([
    import(/* webpackChunkName: "rank", webpackExports: ["rankInExcel"] */ "../../excel"),
    import(/* webpackChunkName: "rank" */ "./SummarySection"),
  ]).then(([run, summary]) => ({ rankInExcel: run.rankInExcel, SummarySection: summary.SummarySection }));

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
  const [result, setResult] = useState<BlocResult | null>(null);
  const [loading, setLoading] = useState(insideOffice);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [written, setWritten] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<TabValue>("overview");
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  // Held as an object: a component given to setState directly would be called as an updater.
  const [summary, setSummary] = useState<{ Section: typeof SummarySection } | null>(null);
  const found = useMemo(() => (result ? detect(result) : null), [result]);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const inspection = await Excel.run((context) => inspectWorkbook(context));
      setResult(inspection.result);
      setFilter(NO_FILTER);
    } catch (error) {
      setFailure(failureMessage(error, "read", lang));
    } finally {
      setLoading(false);
    }
  }, [lang]);

  useEffect(() => {
    if (insideOffice) void refresh();
  }, [insideOffice, refresh]);

  const rank = async (only?: OutputKind[]) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setNotice(null);
    // Shown at once: the first run fetches its code before the read stage begins.
    setProgress("read");
    try {
      const { rankInExcel, SummarySection } = await loadRank();
      setSummary({ Section: SummarySection });
      const report = await Excel.run((context) =>
        rankInExcel(context, {
          ...(only ? { only } : {}),
          onStage: async (stage) => {
            setProgress(stage);
            await nextPaint();
          },
        }),
      );
      setResult(report.result);
      setWritten(report.layouts.map((layout) => layout.name));
      setFilter(NO_FILTER);
      setProgress("done");
    } catch (error) {
      setProgress(null);
      setFailure(failureMessage(error, only ? "check" : "rank", lang));
    } finally {
      setBusy(false);
    }
  };

  const select = async (issue: Pick<Issue, "sheet" | "cell">) => {
    setFailure(null);
    try {
      const selected = await Excel.run((context) => selectCell(context, issue.sheet, issue.cell));
      if (!selected) {
        setNotice(ui(lang, "staleSheet", { sheet: issue.sheet }));
        await refresh();
      }
    } catch (error) {
      setFailure(failureMessage(error, "select", lang));
    }
  };

  const insert = async (id: SampleId) => {
    setBusy(true);
    setFailure(null);
    try {
      // The samples are a lazy chunk: only a secretary trying the add-in on an empty workbook pays for them.
      const [{ SAMPLES }, { insertSample }] = await Promise.all([
        import(/* webpackChunkName: "samples" */ "../../samples"),
        import(/* webpackChunkName: "samples", webpackExports: ["insertSample"] */ "../../excel"),
      ]);
      const sample = SAMPLES.find((candidate) => candidate.id === id);
      if (!sample) throw new Error(`unknown sample ${id}`);
      const sheets = await Excel.run((context) => insertSample(context, sample.build()));
      setNotice(ui(lang, "insertedSample", { sheets: sheets.join(", ") }));
      await refresh();
    } catch (error) {
      setFailure(failureMessage(error, "sample", lang));
    } finally {
      setBusy(false);
    }
  };

  const t = uiStrings[lang];
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
                    <SampleSection lang={lang} busy={busy} onInsert={(id) => void insert(id)} />
                  </Suspense>
                )}
                <RankSection
                  lang={lang}
                  progress={progress}
                  busy={busy || loading}
                  blocked={found?.empty ?? false}
                  onRank={() => void rank()}
                  onCheck={() => void rank(["dataCheck"])}
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
