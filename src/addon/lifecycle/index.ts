import type { Feature, MenuItem } from '../entry-points';
import { showAbout } from './about';
import { CHECK_TITLE, showCheckInstallation } from './check-installation';
import { addMenu } from './menu';

/**
 * onOpen / onInstall and the menu. Takes the other features' menu items so that the menu is
 * declared next to the handlers it calls.
 */
export function lifecycleFeature(otherItems: readonly MenuItem[]): Feature {
  const about: MenuItem = {
    label: { en: 'About Customer Pyramid', zh: '关于客户金字塔' },
    handler: 'showAbout',
    separatorBefore: otherItems.length > 0,
  };
  const check: MenuItem = {
    label: CHECK_TITLE,
    handler: 'showCheckInstallation',
    separatorBefore: otherItems.length > 0,
  };
  const onOpen = (): void => addMenu([...otherItems, check, { ...about, separatorBefore: false }]);
  return {
    entryPoints: {
      onOpen: { kind: 'simple-trigger', fn: onOpen },
      // Installing an add-on does not fire onOpen for the open document.
      onInstall: { kind: 'simple-trigger', fn: onOpen },
      showAbout: { kind: 'menu', fn: showAbout },
      showCheckInstallation: { kind: 'menu', fn: showCheckInstallation },
    },
    menu: [check, about],
  };
}
