import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { CaseSwitcher } from "@/components/case-switcher";
import { CommandPalette, SearchTrigger } from "@/components/command-palette";
import { SidebarNav } from "@/components/sidebar-nav";
import { THEME_BOOT_SCRIPT, ThemeToggle } from "@/components/theme-toggle";
import { ViewerMenu } from "@/components/viewer-menu";
import { readableCases, rememberedCaseSlug } from "@/lib/current-case";
import { NONCE_HEADER } from "@/lib/security-headers";
import { getViewer } from "@/lib/viewer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Casefile", template: "%s · Casefile" },
  description: "Case knowledge base: people, organizations, events, charges and sources, every fact tied to its source.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f6f8" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1116" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const [cases, remembered] = await Promise.all([readableCases(), rememberedCaseSlug()]);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant script, sets the theme before paint */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <div className="shell">
          <aside className="sidebar" aria-label="Sidebar">
            <Link className="brand" href="/">
              <span className="brand-mark" aria-hidden="true">
                C
              </span>
              Casefile
            </Link>
            <SidebarNav role={viewer?.role ?? null} remembered={remembered} />
          </aside>
          <div className="main-column">
            <header className="topbar">
              <SearchTrigger />
              <CaseSwitcher cases={cases} remembered={remembered} />
              <span className="topbar-spacer" />
              <ViewerMenu viewer={viewer} />
              <ThemeToggle />
            </header>
            <main id="main" className="content" tabIndex={-1}>
              {children}
            </main>
          </div>
        </div>
        <CommandPalette />
      </body>
    </html>
  );
}
