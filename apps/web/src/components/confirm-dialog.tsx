"use client";

import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { Modal } from "./modal";

type Question = { title: string; message: ReactNode; confirmLabel: string; isDanger?: boolean };

/**
 * An in-app confirmation instead of the browser's `confirm()`: a modal dialog (role=dialog,
 * focus moved in and trapped, Escape or Cancel answers no). `await confirm({...})` resolves
 * true only when the confirming button is pressed; render `dialog` once in the component.
 */
export function useConfirm(): { confirm: (question: Question) => Promise<boolean>; dialog: ReactNode } {
  const [question, setQuestion] = useState<Question | null>(null);
  const resolver = useRef<((answer: boolean) => void) | null>(null);
  const firstFocus = useRef<HTMLButtonElement>(null);
  // Runs after the Modal (a child) has opened the dialog: focus starts on the safe answer,
  // Cancel for what destroys, else the action the person just asked for.
  useEffect(() => {
    if (question) firstFocus.current?.focus();
  }, [question]);
  const confirm = useCallback(
    (next: Question) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setQuestion(next);
      }),
    [],
  );
  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setQuestion(null);
  };
  const dialog = (
    <Modal title={question?.title ?? ""} isOpen={question !== null} onClose={() => answer(false)}>
      {question ? (
        <div className="stack" data-testid="confirm-dialog">
          <p style={{ margin: 0 }}>{question.message}</p>
          <div className="page-actions">
            <button
              type="button"
              className={`button ${question.isDanger ? "button-danger" : "button-primary"}`}
              onClick={() => answer(true)}
              ref={question.isDanger ? undefined : firstFocus}
            >
              {question.confirmLabel}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => answer(false)}
              ref={question.isDanger ? firstFocus : undefined}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
  return { confirm, dialog };
}
