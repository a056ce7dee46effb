import type { Issue, Severity } from "../../engine";

/** The issue list's filters; `null` means all. */
export interface IssueFilter {
  severity: Severity | null;
  unit: string | null;
}

export const NO_FILTER: IssueFilter = { severity: null, unit: null };

export function filterIssues(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  return issues.filter(
    (issue) =>
      (filter.severity === null || issue.severity === filter.severity) &&
      (filter.unit === null || issue.unit === filter.unit),
  );
}

/** The units issues are about, in the order first met, for the unit filter. */
export function issueUnits(issues: readonly Issue[]): string[] {
  const units: string[] = [];
  for (const issue of issues) if (issue.unit && !units.includes(issue.unit)) units.push(issue.unit);
  return units;
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
