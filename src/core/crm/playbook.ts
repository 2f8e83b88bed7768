/**
 * What to do with a customer of each tier (domain.md §1), shown on the customer card.
 */
import type { LocalizedText } from '../i18n';
import type { Tier } from './vocabulary';

export const TIER_PLAYBOOK: Readonly<Record<Tier, LocalizedText>> = {
  A: {
    en: 'Dedicated visits by a named account manager, discounts, complaints handled first. Watch their business, finance and staffing for warning signs (bad-debt risk); build a long friendship.',
    zh: '由专属客户经理定期拜访，给予优惠，投诉优先处理。关注其经营、财务和人事变化（防范坏账风险），建立长期友谊。',
  },
  B: {
    en: 'Regular visits by sales staff. If their order frequency or volume is not rising, or they buy more from a competitor, find out why and fix the service.',
    zh: '由销售人员定期拜访。若其订货频率或数量没有增长，或更多地向竞争对手采购，要查明原因并改进服务。',
  },
  C: {
    en: 'Trim promotion effort within limits and keep in touch; look for “tomorrow’s stars” to grow into B.',
    zh: '在一定限度内减少促销投入，保持联系；发掘能成长为 B 类的“明日之星”。',
  },
  D: {
    en: 'Check whether they can be upgraded: if yes, nurture them; if not, phase them out early.',
    zh: '判断能否升级：能则培养，不能则尽早逐步淘汰。',
  },
};
