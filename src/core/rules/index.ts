import type { RuleModule } from "./types";
import missingValue from "./missing-value";
import ratioAsDecimal from "./ratio-as-decimal";
import valueHasText from "./value-has-text";
import nonstandardUnit from "./nonstandard-unit";
import missingUnit from "./missing-unit";
import percentOutOfRange from "./percent-out-of-range";
import costOperator from "./cost-operator";
import budgetExceeded from "./budget-exceeded";
import costUnit from "./cost-unit";
import rateUnit from "./rate-unit";
import quantityNotNumeric from "./quantity-not-numeric";
import valueRepeatsName from "./value-repeats-name";
import duplicateProject from "./duplicate-project";
import duplicateIndicator from "./duplicate-indicator";
import missingLevel1 from "./missing-level1";
import misplacedLevel2 from "./misplaced-level2";
import costPlacement from "./cost-placement";
import spendingPlan from "./spending-plan";
import templatePlaceholder from "./template-placeholder";
import tableUnreadable from "./table-unreadable";
import costNotNumeric from "./cost-not-numeric";
import multipleTargets from "./multiple-targets";
import zeroBound from "./zero-bound";
import nameIsCategory from "./name-is-category";
import inputAsOutput from "./input-as-output";
import directionMismatch from "./direction-mismatch";
import timelinessFormat from "./timeliness-format";
import timelinessYear from "./timeliness-year";
import vagueQualitative from "./vague-qualitative";
import fundSum from "./fund-sum";
import targetsCopied from "./targets-copied";
import goalNotCovered from "./goal-not-covered";
import basisMissing from "./basis-missing";
import weightsSum from "./weights-sum";
import costEqualsBudget from "./cost-equals-budget";

/** Every rule, in the order the README lists them. Rule ids are a public contract. */
export const RULES: readonly RuleModule[] = [
  missingUnit,
  nonstandardUnit,
  missingValue,
  valueHasText,
  ratioAsDecimal,
  percentOutOfRange,
  costOperator,
  budgetExceeded,
  duplicateProject,
  duplicateIndicator,
  missingLevel1,
  misplacedLevel2,
  quantityNotNumeric,
  spendingPlan,
  costUnit,
  rateUnit,
  valueRepeatsName,
  costPlacement,
  templatePlaceholder,
  fundSum,
  targetsCopied,
  goalNotCovered,
  basisMissing,
  weightsSum,
  costEqualsBudget,
  costNotNumeric,
  multipleTargets,
  zeroBound,
  nameIsCategory,
  inputAsOutput,
  directionMismatch,
  timelinessFormat,
  timelinessYear,
  vagueQualitative,
  tableUnreadable,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
