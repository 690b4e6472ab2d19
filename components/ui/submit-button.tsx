"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";

/** A submit button that shows the pending state of its form and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
  pending: pendingOverride,
  ...rest
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  pending?: boolean;
  name?: string;
  value?: string;
  className?: string;
}) {
  const status = useFormStatus();
  const pending = pendingOverride ?? status.pending;
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} {...rest}>
      {pending ? (
        <>
          <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </Button>
  );
}
