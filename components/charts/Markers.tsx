/** Marker shapes drawn around the origin; told apart by shape as well as colour. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

/** One point marker of the given shape and colour, centred on (0, 0). Hollow shapes nest around filled ones. */
export function Marker({ shape, color }: { shape: MarkerShape; color: string }) {
  switch (shape) {
    case 'circle':
      return <circle r={4.5} fill={color} />;
    case 'square':
      return <rect x={-6.5} y={-6.5} width={13} height={13} fill="none" stroke={color} strokeWidth={2} />;
    case 'diamond':
      return <path d="M0,-9 L9,0 L0,9 L-9,0 Z" fill="none" stroke={color} strokeWidth={2} />;
    case 'triangle':
      return <path d="M0,-8 L7.5,6 L-7.5,6 Z" fill="none" stroke={color} strokeWidth={2} />;
    case 'cross':
      return <path d="M-5,-5 L5,5 M-5,5 L5,-5" stroke={color} strokeWidth={2.5} />;
  }
}
