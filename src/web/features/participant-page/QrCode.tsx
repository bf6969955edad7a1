import { useMemo } from 'react';
import { encodeQr, qrSvgPath } from '../../qr/qr.ts';

/** A QR code drawn in the browser (src/web/qr): the link's token never leaves the page for a QR service. */
export function QrCode({ value, label, size = 160 }: { value: string; label: string; size?: number }) {
  const { path, viewBox } = useMemo(() => qrSvgPath(encodeQr(value)), [value]);
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={viewBox} width={size} height={size} shapeRendering="crispEdges">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
