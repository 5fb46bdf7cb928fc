import type { Channel } from '../../../shared/mention';

export interface ChannelLabel {
  icon: string;
  label: string;
}

/**
 * Text label and symbol per channel: plain Unicode symbols (text presentation) that common
 * fonts carry, not color emoji, which kiosk browsers on Linux often lack. No icon font, no images.
 */
export const CHANNEL_LABELS: Record<Channel, ChannelLabel> = {
  twitter: { icon: '𝕏', label: 'X / Twitter' },
  facebook: { icon: 'ⓕ', label: 'Facebook' },
  instagram: { icon: '◎', label: 'Instagram' },
  forum: { icon: '❝', label: 'Forum' },
  blog: { icon: '✎', label: 'Blog' },
  news: { icon: '▤', label: 'News' },
  review: { icon: '★', label: 'Review' },
  email: { icon: '✉\uFE0E', label: 'Email' },
  phone: { icon: '☎\uFE0E', label: 'Phone' },
  web: { icon: '⊕', label: 'Web' },
  other: { icon: '•', label: 'Other' },
};

export function channelLabel(channel: string): ChannelLabel {
  return Object.hasOwn(CHANNEL_LABELS, channel) ? CHANNEL_LABELS[channel as Channel] : CHANNEL_LABELS.other;
}
