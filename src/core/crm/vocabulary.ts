/**
 * The fixed lists of key-account management, as stable codes with English and Simplified
 * Chinese labels. Code is what the program passes around; labels are what people see.
 * Shared by the engine, the sheet store, the sidebar and the digest.
 */
import type { LocalizedText } from '../i18n';

function codes<T extends string>(labels: Readonly<Record<T, LocalizedText>>): readonly T[] {
  return Object.keys(labels) as T[];
}

/** Pyramid tiers, best first (客户金字塔). */
export const TIER_LABELS = {
  A: { en: 'VIP', zh: 'VIP客户' },
  B: { en: 'Major', zh: '主要客户' },
  C: { en: 'Ordinary', zh: '普通客户' },
  D: { en: 'Small', zh: '小客户' },
} as const satisfies Record<string, LocalizedText>;
export type Tier = keyof typeof TIER_LABELS;
export const TIERS = codes(TIER_LABELS);

/** Value × potential quadrants (客户价值矩阵). */
export const QUADRANT_LABELS = {
  platinum: { en: 'Platinum', zh: '白金客户' },
  gold: { en: 'Gold', zh: '黄金客户' },
  iron: { en: 'Iron', zh: '铁质客户' },
  lead: { en: 'Lead', zh: '铅质客户' },
} as const satisfies Record<string, LocalizedText>;
export type Quadrant = keyof typeof QUADRANT_LABELS;

/** Absolute revenue bands (分级标准), highest first; `none` is below every threshold. */
export const BAND_LABELS = {
  diamond: { en: 'Diamond', zh: '钻石' },
  platinum: { en: 'Platinum', zh: '白金' },
  gold: { en: 'Gold', zh: '黄金' },
  vip: { en: 'VIP', zh: 'VIP' },
  none: { en: '', zh: '' },
} as const satisfies Record<string, LocalizedText>;
export type Band = keyof typeof BAND_LABELS;

/** Kinds of contact worth logging. */
export const INTERACTION_KIND_LABELS = {
  visit: { en: 'Visit', zh: '拜访' },
  call: { en: 'Phone call', zh: '电话' },
  email: { en: 'Email or letter', zh: '邮件或信函' },
  meeting: { en: 'Meeting or seminar', zh: '会议或座谈会' },
  gift: { en: 'Gift', zh: '礼品' },
  complaint: { en: 'Complaint handling', zh: '投诉处理' },
  proposal: { en: 'Proposal', zh: '方案建议' },
  trial: { en: 'Free trial', zh: '免费试用' },
  trade_show: { en: 'Trade show', zh: '展会' },
  reference_visit: { en: 'Reference-site visit', zh: '样板客户参观' },
  company_visit: { en: 'Visit to our company', zh: '来访我公司' },
  executive_visit: { en: 'Visit by our senior management', zh: '高层拜访' },
  other: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, LocalizedText>;
export type InteractionKind = keyof typeof INTERACTION_KIND_LABELS;
export const INTERACTION_KINDS = codes(INTERACTION_KIND_LABELS);

/** What a contact is for: policy, emotional or information. */
export const PURPOSE_LABELS = {
  policy: { en: 'Policy', zh: '政策沟通' },
  emotional: { en: 'Emotional', zh: '情感沟通' },
  information: { en: 'Information', zh: '信息沟通' },
} as const satisfies Record<string, LocalizedText>;
export type Purpose = keyof typeof PURPOSE_LABELS;
export const PURPOSES = codes(PURPOSE_LABELS);

/** A key person's role at the customer. */
export const ROLE_LABELS = {
  decision_maker: { en: 'Decision maker', zh: '决策者' },
  purchaser: { en: 'Purchaser', zh: '采购' },
  day_to_day: { en: 'Day-to-day contact', zh: '日常联系人' },
  finance: { en: 'Finance', zh: '财务' },
  coach: { en: 'Coach', zh: '教练' },
  influencer: { en: 'Influencer', zh: '影响者' },
  user: { en: 'User', zh: '使用者' },
} as const satisfies Record<string, LocalizedText>;
export type ContactRole = keyof typeof ROLE_LABELS;
export const CONTACT_ROLES = codes(ROLE_LABELS);

/** Personality styles of a key person. */
export const PERSONALITY_LABELS = {
  driver: { en: 'Driver', zh: '驾驭型' },
  analytical: { en: 'Analytical', zh: '分析型' },
  expressive: { en: 'Expressive', zh: '表现型' },
  amiable: { en: 'Amiable', zh: '平易型' },
} as const satisfies Record<string, LocalizedText>;
export type Personality = keyof typeof PERSONALITY_LABELS;
export const PERSONALITIES = codes(PERSONALITY_LABELS);

/** Sales-funnel band by close probability: top < 25 %, middle 25–75 %, bottom > 75 %. */
export const FUNNEL_LABELS = {
  top: { en: 'Top of funnel', zh: '漏斗上部' },
  middle: { en: 'Middle of funnel', zh: '漏斗中部' },
  bottom: { en: 'Bottom of funnel', zh: '漏斗底部' },
} as const satisfies Record<string, LocalizedText>;
export type FunnelBand = keyof typeof FUNNEL_LABELS;

/** Satisfaction from perceived vs expected performance. */
export const SATISFACTION_LABELS = {
  dissatisfied: { en: 'Dissatisfied', zh: '不满意' },
  satisfied: { en: 'Satisfied', zh: '满意' },
  delighted: { en: 'Delighted', zh: '非常满意' },
} as const satisfies Record<string, LocalizedText>;
export type Satisfaction = keyof typeof SATISFACTION_LABELS;
