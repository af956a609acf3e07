import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form } from "../support/sheets";

ruleTester("spending-plan", {
  valid: [
    { name: "cumulative to 100%", grid: form(CLEAN_ROWS) },
    { name: "numbers as percents", grid: form(CLEAN_ROWS, { plan: [20, 40, 70, 100] }) },
    { name: "blank early quarters", grid: form(CLEAN_ROWS, { plan: [null, null, "50%", "100%"] }) },
  ],
  invalid: [
    {
      name: "amounts not cumulative (002 project 3: 40, 150, 108.40 with budget 208.40)",
      grid: form(CLEAN_ROWS, { budget: 208.4, plan: [null, 40, 150, 108.4] }),
      errors: [{ cell: "E6", messageId: "decreasing", data: { label: "12月底", value: "108.4", previous: "150" }, message: /小于前一期/ }],
    },
    {
      name: "amounts ending at the budget: certain conversion to percent",
      grid: form(CLEAN_ROWS, { budget: 17, plan: [null, 2, 10, 17] }),
      errors: [
        {
          cell: "C6",
          messageId: "amounts",
          data: { values: "2、10、17" },
          edits: [
            { cell: "C6", before: "2", after: "11.76%" },
            { cell: "D6", before: "10", after: "58.82%" },
            { cell: "E6", before: "17", after: "100%" },
          ],
        },
      ],
    },
    {
      name: "not reaching 100%",
      grid: form(CLEAN_ROWS, { plan: ["20%", "40%", "60%", "80%"] }),
      errors: [{ cell: "E6", message: /应达到 100%/ }],
    },
    { name: "over 100%", grid: form(CLEAN_ROWS, { plan: ["20%", "40%", "120%", "120%"] }), errors: [{ message: /超过 100%/ }] },
    {
      name: "year end left blank",
      grid: form(CLEAN_ROWS, { budget: 376.59, plan: [null, 376.59, null, null] }),
      errors: [{ cell: "E6", message: /12月底 为 空/ }],
    },
  ],
});
