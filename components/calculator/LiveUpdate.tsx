'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Progressive enhancement for a calculator GET form: after typing pauses, replace the URL with the
 * form's fields so the server re-renders the results (and the URL stays the shareable link).
 * Without JavaScript the form's submit button does the same with a full page load.
 */
export function LiveUpdate({ formId, delayMs = 450 }: { formId: string; delayMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const query = new URLSearchParams();
        new FormData(form).forEach((value, key) => query.append(key, String(value)));
        const target = `${form.getAttribute('action') ?? location.pathname}?${query.toString()}`;
        if (target !== `${location.pathname}${location.search}`) router.replace(target, { scroll: false });
      }, delayMs);
    };
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('input', update);
      form.removeEventListener('change', update);
    };
  }, [formId, delayMs, router]);
  return null;
}
