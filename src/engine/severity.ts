/** How bad a data problem is: errors make the result provisional and block award proposals. */
export type Severity = "error" | "warning" | "info";
