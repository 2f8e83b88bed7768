import type { Tier } from '../crm/vocabulary';
import type { LocalizedText } from '../i18n';

/**
 * What to do with each tier's customers, shown in the sidebar next to a
 * customer's tier.
 */
export const TIER_PLAYBOOK = {
  A: {
    en: 'Dedicated visits by a named account manager; discounts; complaints handled first. Watch their business, finance and staffing for warning signs (bad-debt risk) and build a long friendship.',
    zh: '由指定的客户经理专门拜访；给予优惠；投诉优先处理。关注其经营、财务和人事变动中的预警信号（坏账风险），建立长期友谊。',
  },
  B: {
    en: 'Regular visits by sales staff. If their order frequency or volume is not rising, or they buy more from a competitor, find out why and fix the service.',
    zh: '由销售人员定期拜访。如果其订货频率或数量没有增长，或向竞争对手采购更多，要查明原因并改进服务。',
  },
  C: {
    en: 'Trim promotion effort within limits and keep in touch; look for “tomorrow’s stars” to grow into B.',
    zh: '在一定限度内减少促销投入，保持联系；从中发现“明日之星”，培养为 B 级客户。',
  },
  D: {
    en: 'Check whether they can be upgraded: if yes, nurture them; if not, phase them out early.',
    zh: '判断能否升级：能升级的加以培养；不能升级的尽早淘汰。',
  },
} as const satisfies Record<Tier, LocalizedText>;
