"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { KindLabel } from "@/components/kind-label";
import type { EntityKind, EntityPickerQuery } from "@/gql/graphql";
import { clientQuery } from "@/lib/graphql-client";
import { EntityPickerQuery as EntityPickerDocument } from "@/operations/entity-edit";

export type EntityRef = { id: string; name: string; kind?: EntityKind };
type Option = EntityPickerQuery["entities"]["edges"][number]["node"];

/**
 * Typeahead for linking an entity: type a few letters of a name or alias, pick with the arrow
 * keys and Enter (or a click). An ARIA combobox over the `entities(filter: { text })` query.
 */
export function EntityPicker({
  id,
  value,
  onChange,
  kinds,
  excludeIds = [],
  isInvalid,
  describedBy,
  placeholder = "Type a name or alias…",
  label,
}: {
  id: string;
  value: EntityRef | null;
  onChange: (value: EntityRef | null) => void;
  kinds?: readonly EntityKind[];
  excludeIds?: readonly string[];
  isInvalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  /** Accessible name when there is no <label for={id}>. */
  label?: string;
}) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [isLoading, setIsLoading] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const kindsKey = (kinds ?? []).join(",");
  const excludeKey = excludeIds.join(",");

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setOptions([]);
      setMessage(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setIsLoading(true);
      const kindList = kindsKey ? (kindsKey.split(",") as EntityKind[]) : undefined;
      clientQuery(EntityPickerDocument, { text: query, kinds: kindList, first: 8 }, controller.signal)
        .then((data) => {
          const excluded = new Set(excludeKey ? excludeKey.split(",") : []);
          const found = data.entities.edges.map((e) => e.node).filter((n) => !excluded.has(n.id));
          setOptions(found);
          setActiveIndex(0);
          setIsOpen(true);
          setMessage(found.length === 0 ? `No entity matches “${query}”` : null);
        })
        .catch((error: Error) => {
          if (error.name !== "AbortError") setMessage(`Search failed: ${error.message}`);
        })
        .finally(() => setIsLoading(false));
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, kindsKey, excludeKey]);

  const choose = (option: Option) => {
    onChange({ id: option.id, name: option.name, kind: option.kind });
    setText("");
    setOptions([]);
    setIsOpen(false);
  };

  if (value) {
    return (
      <div className="picker-value" data-testid="picker-value">
        <span className="picker-chip">
          {value.kind ? <KindLabel kind={value.kind} /> : null}
          <strong>{value.name}</strong>
        </span>
        <button
          type="button"
          className="button button-small"
          id={id}
          aria-describedby={describedBy}
          onClick={() => {
            onChange(null);
            requestAnimationFrame(() => document.getElementById(id)?.focus());
          }}
        >
          Change<span className="visually-hidden"> {label ?? "entity"}</span>
        </button>
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setIsOpen(true);
      setActiveIndex((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActiveIndex((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      const option = options[activeIndex];
      if (isOpen && option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === "Escape") {
      setIsOpen(false);
    }
  };

  const showList = isOpen && options.length > 0;
  return (
    <div className="picker">
      <input
        ref={inputRef}
        id={id}
        className="input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${listId}-${activeIndex}` : undefined}
        aria-invalid={isInvalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => options.length > 0 && setIsOpen(true)}
        onBlur={() => setTimeout(() => setIsOpen(false), 150)}
      />
      <div id={listId} role="listbox" className="picker-list" hidden={!showList} aria-label="Matching entities">
        {options.map((option, index) => (
          <div
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="picker-option"
            tabIndex={-1}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActiveIndex(index)}
            onClick={() => choose(option)}
            onKeyDown={() => {}}
          >
            <KindLabel kind={option.kind} />
            <span>
              {option.name}
              {option.aliases.length > 0 ? <span className="muted"> · {option.aliases.slice(0, 3).join(", ")}</span> : null}
            </span>
          </div>
        ))}
      </div>
      <span className="visually-hidden" role="status">
        {isLoading ? "Searching…" : showList ? `${options.length} matches` : (message ?? "")}
      </span>
      {message && !isLoading ? <span className="picker-message muted">{message}</span> : null}
    </div>
  );
}
