/**
 * The shared sheet as a database: Set up sheets, Recalculate tiers, Open sidebar, and the
 * sidebar's server functions.
 */
import type { Feature } from '../entry-points';
import { menuRecalculateTiers } from './recalc';
import { menuSetUpSheets } from './setup';
import { openSidebar } from './open-sidebar';
import { sidebarEntryPoints } from './sidebar-endpoints';

export function databaseFeature(): Feature {
  return {
    entryPoints: {
      openSidebar: { kind: 'menu', fn: openSidebar },
      setUpSheets: { kind: 'menu', fn: menuSetUpSheets },
      recalculateTiers: { kind: 'menu', fn: menuRecalculateTiers },
      ...sidebarEntryPoints(),
    },
    menu: [
      { label: { en: 'Open sidebar', zh: '打开侧边栏' }, handler: 'openSidebar' },
      { label: { en: 'Recalculate tiers', zh: '重新计算分层' }, handler: 'recalculateTiers' },
      {
        label: { en: 'Set up sheets', zh: '设置工作表' },
        handler: 'setUpSheets',
        separatorBefore: true,
      },
    ],
  };
}
