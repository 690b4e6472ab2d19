"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { handedOffBody } from "@/lib/readouts/body-handoff-key";

// Bodies this tab received as HTML, by handoff key, for when the router shows such a page again from its cache.
const received = new Map<string, string>();
const KEPT = 10;
const MARK = "data-readout-body";

/**
 * A readout's body that comes in the page's HTML only, not again in the RSC payload
 * (decision 0037). On the server the HTML render takes it from the handoff; in the
 * browser, hydration keeps the markup the server sent (React leaves an element's
 * inner HTML as it is when hydrating). Reached by the client router instead, it
 * reads the body from `source`, the permanent page of exactly this version (the
 * router may show an older payload again, on Back), fetched as a browser would
 * load it, with every check that page makes; failing that, it loads the page.
 */
export function HandedOffBody({ handoff, source, className }: { handoff: string; source: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState(() => (typeof window === "undefined" ? handedOffBody(handoff) : received.get(handoff)) ?? "");
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (element.innerHTML) {
      remember(handoff, element.innerHTML);
      return;
    }
    let current = true;
    void fetch(source, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.text() : ""))
      .then((text) => new DOMParser().parseFromString(text, "text/html").querySelector(`[${MARK}]`)?.innerHTML ?? "")
      .catch(() => "")
      .then((body) => {
        if (!current) return;
        if (body) {
          remember(handoff, body);
          setHtml(body);
        } else window.location.reload();
      });
    return () => {
      current = false;
    };
  }, [handoff, source]);
  return <div ref={ref} className={className} {...{ [MARK]: "" }} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}

function remember(key: string, html: string) {
  received.delete(key);
  received.set(key, html);
  if (received.size > KEPT) received.delete(received.keys().next().value!);
}
