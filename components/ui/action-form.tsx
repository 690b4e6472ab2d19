"use client";

import { startTransition, useEffect, useRef, type FormEvent, type FormHTMLAttributes } from "react";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "onSubmit"> & {
  action: (data: FormData) => void;
  /** The action's last result: the form empties after a success, never after a refusal. */
  resetOn?: { ok: boolean } | null;
  ref?: React.Ref<HTMLFormElement>;
};

/**
 * A form for a server action that keeps what was typed when the action refuses it.
 * React resets a `<form action={fn}>` after every submission, refused or not; submitting
 * from onSubmit inside a transition skips that reset while `useFormStatus` still shows
 * the pending state. Without JavaScript the form still posts to the action.
 */
export function ActionForm({ action, resetOn, ref, children, ...rest }: Props) {
  const own = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (resetOn?.ok) own.current?.reset();
  }, [resetOn]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };
  const setRef = (node: HTMLFormElement | null) => {
    own.current = node;
    if (typeof ref === "function") ref(node);
    else if (ref) ref.current = node;
  };
  return (
    <form {...rest} ref={setRef} action={action} onSubmit={submit}>
      {children}
    </form>
  );
}
