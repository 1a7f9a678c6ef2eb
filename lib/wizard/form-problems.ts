import { STEP_FIELDS, type StepId } from './steps';
import type { FieldProblem } from './schema';

/** The shape react-hook-form gives errors in: nested objects/arrays whose leaves carry `message`. */
type ErrorTree = { message?: unknown; root?: ErrorTree; [key: string]: unknown } | ErrorTree[] | undefined;

/**
 * Flattens react-hook-form errors into an ordered list for the error summary: the step's fields in display
 * order, array rows in index order; an array-level error (`terminators.root`) is reported on the array.
 */
export function flattenErrors(errors: Record<string, unknown>, step: StepId): FieldProblem[] {
  const out: FieldProblem[] = [];
  const walk = (node: ErrorTree, path: string) => {
    if (!node || typeof node !== 'object') return;
    if (!Array.isArray(node) && typeof node.message === 'string' && node.message) {
      out.push({ path, message: node.message });
      return;
    }
    const root = (node as { root?: ErrorTree }).root;
    if (root) walk(root, path);
    const keys = Array.isArray(node)
      ? node.map((_, i) => String(i))
      : Object.keys(node).filter((k) => k !== 'root' && k !== 'ref' && k !== 'type');
    for (const k of keys) walk((node as Record<string, ErrorTree>)[k], `${path}.${k}`);
  };
  for (const field of STEP_FIELDS[step]) walk(errors[field] as ErrorTree, field);
  return out;
}

/** The field to focus for a problem: an array-level error focuses the array's first row. */
export function focusTargetPath(path: string): string {
  return path === 'terminators' ? 'terminators.0.address' : path;
}
