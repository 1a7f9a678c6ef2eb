import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Levetrage — credible threats on Ethereum', template: '%s · Levetrage' },
  description: 'Binding commitments and probabilistic threats with verifiable draws.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Root layout: no wallet providers here. Pages that need a wallet wrap themselves in
// the (wallet) route group's layout; the public threat page and the calculator stay light.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans antialiased">{children}</body>
    </html>
  );
}
