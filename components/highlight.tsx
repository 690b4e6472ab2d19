import { Fragment } from "react";

const MARKED = /\u0001([^\u0002]*)\u0002/g;

/** Shows text from Postgres' ts_headline with the matched words in <mark>, escaping everything else. */
export function Highlight({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    parts.push(<Fragment key={`t${last}`}>{text.slice(last, match.index)}</Fragment>);
    parts.push(
      <mark key={`m${match.index}`} className="rounded bg-amber-100 px-0.5 text-inherit">
        {match[1]}
      </mark>,
    );
    last = match.index + match[0].length;
  }
  parts.push(<Fragment key="end">{text.slice(last).replace(/[\u0001\u0002]/g, "")}</Fragment>);
  return <>{parts}</>;
}
