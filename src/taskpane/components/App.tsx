import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { uiStrings, type Lang } from "../../strings/ui";

export interface AppProps {
  lang: Lang;
  version: string;
  /** False when the page was opened outside Excel: the pane then says so instead of pretending to work. */
  insideOffice: boolean;
}

const useStyles = makeStyles({
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
  action: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  footer: {
    marginTop: "auto",
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
});

export function App({ lang, version, insideOffice }: AppProps) {
  const t = uiStrings[lang];
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <header>
        <Title2 as="h1" className={styles.heading}>
          {t.productName}
        </Title2>
        <Subtitle2 as="p" className={styles.tagline} lang={lang === "vi" ? "en" : "vi"}>
          {t.productTagline}
        </Subtitle2>
      </header>
      <main className={styles.action}>
        {!insideOffice && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.outsideOffice}</MessageBarBody>
          </MessageBar>
        )}
        <Body1 as="p">{t.description}</Body1>
        {/* The engine is not wired yet (Excel-host issue): disabledFocusable keeps the button reachable by
            keyboard so screen readers announce it together with the reason. */}
        <Button appearance="primary" disabledFocusable>
          {t.rankButton}
        </Button>
      </main>
      <footer className={styles.footer}>
        <Caption1>
          {t.versionLabel} {version}
        </Caption1>
      </footer>
    </div>
  );
}
