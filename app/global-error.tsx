"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "6rem 1rem" }}>
        <h1>Readout is unavailable</h1>
        <p>Please try again in a moment.{error.digest ? ` Reference: ${error.digest}` : ""}</p>
      </body>
    </html>
  );
}
