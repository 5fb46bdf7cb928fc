import type { Polarity } from '../../shared/mention';

/**
 * Polarity colors, color-blind safe (Okabe–Ito): blue for positive, grey for neutral,
 * vermillion for negative. Blue/vermillion stay distinct under protanopia, deuteranopia and
 * tritanopia, and differ in lightness, so they also survive greyscale projectors.
 */
export const POLARITY_COLORS: Record<Polarity, string> = {
  positive: '#0072B2',
  neutral: '#8C8C8C',
  negative: '#D55E00',
};

/**
 * Stacking order, bottom first: negative sits on the baseline so a complaint spike reads at once.
 * (Declared here rather than importing POLARITIES: shared/mention.ts pulls zod into the bundle.)
 */
export const POLARITY_ORDER: readonly Polarity[] = ['negative', 'neutral', 'positive'];

export const POLARITY_LABELS: Record<Polarity, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

/** Fallback for a brand or value the wall does not know. */
export const UNKNOWN_COLOR = '#BBBBBB';

const HEX = /^#([0-9a-f]{6})$/i;

/** A safe CSS color from untrusted input: the hex color itself, or the fallback. */
export function safeColor(color: string | undefined, fallback = UNKNOWN_COLOR): string {
  return color && HEX.test(color) ? color : fallback;
}

/** Black or white, whichever reads better on `bg` (WCAG relative luminance). */
export function readableTextColor(bg: string): '#000000' | '#FFFFFF' {
  const m = HEX.exec(bg);
  if (!m) return '#000000';
  const v = parseInt(m[1], 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((v >> 16) & 255) + 0.7152 * lin((v >> 8) & 255) + 0.0722 * lin(v & 255);
  // contrast with black (l + .05) / .05 vs with white 1.05 / (l + .05)
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#FFFFFF';
}
