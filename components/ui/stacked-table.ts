// Below the small breakpoint each row of a table stacks into a card whose cells
// carry their column's name (data-label), so a phone shows every column without
// sideways scrolling (decision 0021). Print and wider screens keep the table.

/** On the table, its caption, tbody and tfoot: they become blocks on a phone. */
export const STACK = "max-sm:block";
/** On the thead: kept for screen readers only on a phone. */
export const STACK_HEAD = "max-sm:sr-only";
/** On each body row: a card. */
export const STACK_ROW = "max-sm:block max-sm:py-2";
/**
 * On each cell (with data-label): its column's name, then its value. One class
 * (app/globals.css) rather than nine utilities: a table repeats it on every
 * cell, and the ledger page carried it 1,320 times (HTML and RSC payload): 300 KB of 830 KB.
 */
export const STACK_CELL = "stack-cell";
