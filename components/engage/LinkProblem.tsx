/** Why the engagement link cannot be used, in words. */
export function LinkProblem({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-md bg-red-50 p-4 font-semibold text-red-800" role="alert" data-testid="engage-error">
      {children}
    </p>
  );
}
