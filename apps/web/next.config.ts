import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  devIndicators: false,
  // The GraphQL proxy (src/app/graphql/route.ts) reads the API address at run time, so the same
  // build can point at any API; nothing about the API is baked in here.
  transpilePackages: ["graphiql", "@graphiql/react"],
};

export default nextConfig;
