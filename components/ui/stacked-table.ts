// Below the small breakpoint each row of a table stacks into a card whose cells
// carry their column's name (data-label), so a phone shows every column without
// sideways scrolling (decision 0021). Print and wider screens keep the table.

/** On the table, its caption, tbody and tfoot: they become blocks on a phone. */
export const STACK = "max-sm:block";
/** On the thead: kept for screen readers only on a phone. */
export const STACK_HEAD = "max-sm:sr-only";
/** On each body row: a card. */
export const STACK_ROW = "max-sm:block max-sm:py-2";
/** On each cell (with data-label): its column's name, then its value. */
export const STACK_CELL =
  "max-sm:flex max-sm:gap-3 max-sm:py-1 max-sm:text-left max-sm:before:w-28 max-sm:before:shrink-0 max-sm:before:font-medium max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]";
