import QRCode from 'qrcode';

/**
 * A QR code for a URL as an SVG string, generated at build time (no network).
 * Dark modules on a white quiet zone, so it scans in dark mode too.
 */
export async function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
