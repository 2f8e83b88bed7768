/**
 * The customer card: tier and its playbook, matrix quadrant, band, revenue and share, owners
 * (warning when an A/B account has one), key contacts with the coach marked, important dates,
 * the last interactions and the next follow-up. Every customer value is set as text.
 */
import type { CardInteraction, CustomerCard } from '../../core/api/sidebar';
import { h, type Child } from '../kit/dom';
import { LABELS, type Texts } from './i18n';

function section(title: string, ...body: Child[]): HTMLElement {
  return h('section', { class: 'card-section' }, h('h3', {}, title), ...body);
}

function fact(label: string, value: Child, extraClass = ''): HTMLElement {
  return h(
    'div',
    { class: `fact ${extraClass}`.trim() },
    h('span', { class: 'fact-label secondary' }, label),
    h('span', { class: 'fact-value' }, value),
  );
}

function empty(text: string): HTMLElement {
  return h('p', { class: 'secondary empty' }, text);
}

function interaction(tx: Texts, item: CardInteraction): HTMLElement {
  const meta = [item.date, tx.label(LABELS.kind, item.kind), tx.label(LABELS.purpose, item.purpose)]
    .filter((part) => part !== '')
    .join(' · ');
  return h(
    'li',
    { class: 'interaction' },
    h('div', { class: 'interaction-meta secondary' }, meta),
    h('div', { class: 'interaction-summary' }, item.summary),
    h(
      'div',
      { class: 'interaction-who secondary' },
      item.withWhom ? tx.t('with', { who: item.withWhom }) : '',
      item.withWhom && item.loggedBy ? ' · ' : '',
      item.loggedBy ? tx.t('by', { who: item.loggedBy }) : '',
      item.satisfaction ? ` · ${tx.label(LABELS.satisfaction, item.satisfaction)}` : '',
    ),
  );
}

function daysAway(tx: Texts, days: number): string {
  if (days <= 0) return tx.t('today');
  if (days === 1) return tx.t('tomorrow');
  return tx.t('inDays', { days });
}

/** Renders a card as a detached element. */
export function renderCard(card: CustomerCard, tx: Texts): HTMLElement {
  const tierName = tx.label(LABELS.tier, card.tier);
  const header = h(
    'header',
    { class: 'card-header' },
    h('h2', { class: 'card-name', id: 'card-name', attrs: { tabindex: '-1' } }, card.name),
    h('div', { class: 'card-id secondary' }, card.id),
  );

  const tier = card.tier
    ? h(
        'div',
        { class: `tier tier-${card.tier}` },
        h('span', { class: `tier-chip tier-${card.tier}` }, card.tier),
        h('strong', { class: 'tier-name' }, tierName),
        h('p', { class: 'playbook' }, tx.label(LABELS.playbook, card.tier)),
      )
    : null;

  const revenue =
    card.revenue === null
      ? '—'
      : card.revenueShare === null
        ? tx.number(card.revenue)
        : `${tx.number(card.revenue)} (${tx.t('revenueShare', { share: tx.percent(card.revenueShare) })})`;
  const facts = h(
    'div',
    { class: 'facts' },
    card.quadrant ? fact(tx.t('quadrant'), tx.label(LABELS.quadrant, card.quadrant)) : null,
    card.band && card.band !== 'none' ? fact(tx.t('band'), tx.label(LABELS.band, card.band)) : null,
    fact(tx.t('revenue'), revenue),
  );

  const owners = section(
    tx.t('owners'),
    card.owners.length === 0
      ? empty(tx.t('noOwner'))
      : h('ul', { class: 'plain owners' }, ...card.owners.map((o) => h('li', {}, o))),
    card.singleOwnerWarning
      ? h('p', { class: 'warning', attrs: { role: 'note' } }, '⚠ ', tx.t('singleOwner'))
      : null,
  );

  const contacts = section(
    tx.t('contacts'),
    card.contacts.length === 0
      ? empty(tx.t('noContacts'))
      : h(
          'ul',
          { class: 'plain contacts' },
          ...card.contacts.map((c) =>
            h(
              'li',
              { class: c.isCoach ? 'contact coach' : 'contact' },
              h('span', { class: 'contact-name' }, c.name),
              c.isCoach ? h('span', { class: 'badge coach-badge' }, `★ ${tx.t('coach')}`) : null,
              h(
                'div',
                { class: 'secondary' },
                [
                  c.role && !(c.isCoach && c.role === 'coach') ? tx.label(LABELS.role, c.role) : '',
                  c.personality ? tx.label(LABELS.personality, c.personality) : '',
                  c.email,
                  c.phone,
                ]
                  .filter((part) => part !== '')
                  .join(' · '),
              ),
            ),
          ),
        ),
    card.moreContacts > 0
      ? h(
          'p',
          { class: 'secondary more-contacts' },
          tx.t('moreContacts', { count: card.moreContacts }),
        )
      : null,
  );

  const dates =
    card.upcomingDates.length === 0
      ? null
      : section(
          tx.t('dates'),
          h(
            'ul',
            { class: 'plain dates' },
            ...card.upcomingDates.map((d) =>
              h('li', {}, `${d.date} · `, d.contactName, ` (${daysAway(tx, d.daysAway)})`),
            ),
          ),
        );

  const followUp = section(
    tx.t('followUp'),
    card.nextFollowUp === null
      ? empty(tx.t('noFollowUp'))
      : h(
          'p',
          { class: card.nextFollowUp.overdue ? 'follow-up overdue' : 'follow-up' },
          card.nextFollowUp.overdue ? h('strong', {}, `${tx.t('overdue')}: `) : null,
          card.nextFollowUp.date,
          card.nextFollowUp.nextStep ? ` · ${card.nextFollowUp.nextStep}` : '',
        ),
  );

  const recent = section(
    tx.t('recent'),
    card.recentInteractions.length === 0
      ? empty(tx.t('noInteractions'))
      : h(
          'ol',
          { class: 'plain interactions' },
          ...card.recentInteractions.map((i) => interaction(tx, i)),
        ),
  );

  return h(
    'article',
    { class: 'card', attrs: { 'aria-labelledby': 'card-name' } },
    header,
    tier,
    facts,
    followUp,
    owners,
    contacts,
    dates,
    recent,
  );
}
