import { Field, Input, Select, type FieldProps } from "@fluentui/react-components";
import type { Issue, Lang, Severity, UnitKind } from "../../engine";
import { formatIssue } from "../../strings/issueMessages";
import type { SettingField as SettingFieldModel } from "../model/settingsForm";

const STATE: Record<Severity, FieldProps["validationState"]> = {
  error: "error",
  warning: "warning",
  info: "none",
};

export interface SettingFieldProps {
  lang: Lang;
  /** Bloc or cluster, for messages that name the bloc. */
  kind?: UnitKind;
  field: SettingFieldModel;
  value: string;
  /** What is wrong with the value, shown under the field; none when it is fine. */
  issue: Issue | undefined;
  onChange: (value: string) => void;
  onLeave: () => void;
}

/** One setting: a labelled text box, or a native select for a choice, with its note and any issue. */
export function SettingField({ lang, kind, field, value, issue, onChange, onLeave }: SettingFieldProps) {
  return (
    <Field
      label={field.label}
      hint={field.hint}
      validationState={issue ? STATE[issue.severity] : "none"}
      validationMessage={issue ? formatIssue(issue, lang, kind) : undefined}
    >
      {field.kind === "choice" ? (
        <Select value={value} onChange={(_, data) => onChange(data.value)} onBlur={onLeave}>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          value={value}
          // Text, not type="number": a Vietnamese decimal comma (2,5) must be typable.
          inputMode={field.kind === "number" ? "decimal" : undefined}
          onChange={(_, data) => onChange(data.value)}
          onBlur={onLeave}
        />
      )}
    </Field>
  );
}
