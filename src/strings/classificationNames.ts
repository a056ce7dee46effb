import type { Labels } from "../engine/settings/labels";
import type { Classification } from "../engine/settings/settings";

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
