import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  status: { minHeight: "1.5em", color: tokens.colorNeutralForeground2 },
});

/** An action's progress under its button, in a polite live region so screen readers announce each change. */
export function ActionStatus({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <Caption1 role="status" aria-live="polite" className={styles.status}>
      {text}
    </Caption1>
  );
}
