// Every host failure kind, for tests that go through them all (the list is src/excel/hostErrorKinds.ts).
export { HOST_ERROR_KINDS as HOST_KINDS } from "../../src/excel/hostErrorKinds";
