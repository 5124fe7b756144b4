"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ComponentType, type SVGProps, useEffect, useRef, useState } from "react";
import type { UserRole } from "@/gql/graphql";
import { canEdit, isAdmin } from "@/lib/roles";
import {
  ActivityIcon,
  AnchorIcon,
  BenchIcon,
  EntitiesIcon,
  ExplorerIcon,
  GraphIcon,
  KeyIcon,
  MenuIcon,
  OverviewIcon,
  PlusIcon,
  QuestionIcon,
  SearchIcon,
  SourcesIcon,
  TimelineIcon,
  UsersIcon,
} from "./icons";
import { useCurrentCase } from "./use-current-case";

type NavItem = { href: string; label: string; icon: ComponentType<SVGProps<SVGSVGElement>>; isActive: (path: string) => boolean };

/**
 * The main navigation; editing and administration links appear only for the roles that may use them.
 * On narrow screens (see `.sidebar` in globals.css) the links fold behind a "Menu" button so every
 * page opens on its content; the menu closes on navigation and on Escape.
 */
export function SidebarNav({ role, remembered }: { role: UserRole | null; remembered: string | null }) {
  const viewer = role ? { role } : null;
  const pathname = usePathname() ?? "/";
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the menu whenever the page changes
  useEffect(() => setIsOpen(false), [pathname]);
  // Escape closes the open menu wherever focus is (the Menu button or a link), and focus returns to the button.
  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [isOpen]);

  // Case links follow the current case (in the URL, else the last one visited); without one, only the index.
  const current = useCurrentCase(remembered);
  const slug = current ? encodeURIComponent(current) : null;
  const indexItem: NavItem = {
    href: "/",
    label: "All cases",
    icon: EntitiesIcon,
    isActive: (p) => p === "/" || p === "/cases",
  };
  const caseItems: NavItem[] = !slug
    ? [indexItem]
    : [
        indexItem,
        {
          href: `/cases/${slug}`,
          label: "Overview",
          icon: OverviewIcon,
          isActive: (p) => /^\/cases\/[^/]+\/?$/.test(p) && p !== "/cases/new",
        },
        {
          href: `/cases/${slug}/timeline`,
          label: "Timeline",
          icon: TimelineIcon,
          isActive: (p) => /^\/cases\/[^/]+\/timeline/.test(p),
        },
        { href: `/cases/${slug}/graph`, label: "Graph", icon: GraphIcon, isActive: (p) => /^\/cases\/[^/]+\/graph/.test(p) },
        {
          href: `/questions?case=${slug}`,
          label: "Open questions",
          icon: QuestionIcon,
          isActive: (p) => p.startsWith("/questions"),
        },
      ];
  const dataItems: NavItem[] = [
    {
      href: "/entities",
      label: "Entities",
      icon: EntitiesIcon,
      isActive: (p) => p.startsWith("/entities") && p !== "/entities/new",
    },
    { href: "/sources", label: "Sources", icon: SourcesIcon, isActive: (p) => p.startsWith("/sources") && p !== "/sources/new" },
    { href: "/search", label: "Search", icon: SearchIcon, isActive: (p) => p.startsWith("/search") },
  ];
  const toolItems: NavItem[] = [
    ...(role && !isAdmin(viewer)
      ? [{ href: "/admin/tokens", label: "API tokens", icon: KeyIcon, isActive: (p: string) => p.startsWith("/admin/tokens") }]
      : []),
    {
      href: slug ? `/explorer?case=${slug}` : "/explorer",
      label: "API explorer",
      icon: ExplorerIcon,
      isActive: (p) => p.startsWith("/explorer"),
    },
    { href: "/graph-benchmark", label: "Graph benchmark", icon: BenchIcon, isActive: (p) => p.startsWith("/graph-benchmark") },
  ];
  const editItems: NavItem[] = [
    { href: "/entities/new", label: "Add entity", icon: PlusIcon, isActive: (p) => p === "/entities/new" },
    { href: "/sources/new", label: "Add source", icon: PlusIcon, isActive: (p) => p === "/sources/new" },
    { href: "/orphans", label: "Orphaned anchors", icon: AnchorIcon, isActive: (p) => p.startsWith("/orphans") },
  ];
  const adminItems: NavItem[] = [
    { href: "/admin/users", label: "Users and roles", icon: UsersIcon, isActive: (p) => p.startsWith("/admin/users") },
    { href: "/admin/tokens", label: "API tokens", icon: KeyIcon, isActive: (p) => p.startsWith("/admin/tokens") },
    { href: "/admin/activity", label: "Activity", icon: ActivityIcon, isActive: (p) => p.startsWith("/admin/activity") },
  ];
  const renderList = (items: NavItem[]) => (
    <ul className="nav-list">
      {items.map((item) => {
        const isCurrent = item.isActive(pathname);
        const IconComponent = item.icon;
        return (
          <li key={item.label}>
            <Link className="nav-link" href={item.href} aria-current={isCurrent ? "page" : undefined}>
              <IconComponent />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-small menu-button"
        aria-expanded={isOpen}
        aria-controls="main-navigation"
        onClick={() => setIsOpen((open) => !open)}
      >
        <MenuIcon />
        Menu
      </button>
      <div id="main-navigation" className="sidebar-body" data-open={isOpen}>
        <nav aria-label="Main" className="stack" style={{ gap: "0.75rem" }}>
          <div>
            <p className="nav-section-label">Cases</p>
            {renderList(caseItems)}
          </div>
          <div>
            <p className="nav-section-label">Knowledge base</p>
            {renderList(dataItems)}
          </div>
          {canEdit(viewer) ? (
            <div>
              <p className="nav-section-label">Editing</p>
              {renderList(editItems)}
            </div>
          ) : null}
          {isAdmin(viewer) ? (
            <div>
              <p className="nav-section-label">Administration</p>
              {renderList(adminItems)}
            </div>
          ) : null}
          <div>
            <p className="nav-section-label">Developers</p>
            {renderList(toolItems)}
          </div>
        </nav>
        <p className="sidebar-footer">
          Facts are shown with their status. <strong>Alleged</strong> is not a finding.
        </p>
      </div>
    </>
  );
}
