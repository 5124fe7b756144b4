import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  devIndicators: false,
  // The GraphQL proxy (src/app/graphql/route.ts) reads the API address at run time, so the same
  // build can point at any API; nothing about the API is baked in here.
  // @casefile/schema is TypeScript source: its zod validators run in the browser forms.
  transpilePackages: ["graphiql", "@graphiql/react", "@casefile/schema"],
  // The Content-Security-Policy is per request (a nonce), set in src/proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
