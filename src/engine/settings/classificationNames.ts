import type { Classification } from "./settings";
import { labelMatcher, type Labels } from "./labels";

/** The names of each classification (xếp loại), as the outputs write them and the settings sheet reads them. */
export const CLASSIFICATION_NAMES: Readonly<Record<Classification, Labels>> = {
  excellent: {
    vi: "Hoàn thành xuất sắc nhiệm vụ",
    en: "Excellent",
    also: ["Hoàn thành xuất sắc", "Xuất sắc", "HTXSNV", "HTXS", "Excellently completed"],
  },
  good: {
    vi: "Hoàn thành tốt nhiệm vụ",
    en: "Good",
    also: ["Hoàn thành tốt", "Tốt", "HTTNV", "HTT", "Well completed"],
  },
  completed: {
    vi: "Hoàn thành nhiệm vụ",
    en: "Completed",
    also: ["Hoàn thành", "HTNV", "HT"],
  },
  notCompleted: {
    vi: "Không hoàn thành nhiệm vụ",
    en: "Not completed",
    also: ["Không hoàn thành", "KHTNV", "KHT", "Incomplete"],
  },
};

/** Reads a classification name in Vietnamese or English, long or short (`HTXSNV`); null when it is none. */
export const matchClassification = labelMatcher(CLASSIFICATION_NAMES);
