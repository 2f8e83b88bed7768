import { describe, expect, it } from 'vitest';
import { runtimeWith, valueOf } from './support';

const BUNDLE = `
function helper() { return '<em>from helper</em>'; }
function render(name) {
  const t = HtmlService.createTemplateFromFile('Page');
  t.name = name;
  t.items = ['a', 'b'];
  return t.evaluate().setTitle('T').getContent();
}
function fromFile() {
  const out = HtmlService.createHtmlOutputFromFile('Page');
  return [out.getContent().length > 0, HtmlService.createHtmlOutput('<p>x</p>').append('<p>y</p>').getContent()];
}
function sidebar() {
  const out = HtmlService.createHtmlOutput('<p>side</p>').setTitle('Side').setWidth(320);
  SpreadsheetApp.getUi().showSidebar(out);
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>m</p>'), 'Modal');
  SpreadsheetApp.getActive().toast('Saved', 'Pyramid');
}
function menus() {
  const ui = SpreadsheetApp.getUi();
  ui.createMenu('Top').addItem('One', 'helper').addSeparator().addSubMenu(ui.createMenu('Sub').addItem('Two', 'render')).addToUi();
  ui.createAddonMenu().addItem('Three', 'sidebar').addToUi();
}
function ask() {
  const ui = SpreadsheetApp.getUi();
  const yes = ui.alert('Delete?', 'Really?', ui.ButtonSet.YES_NO) === ui.Button.YES;
  const r = ui.prompt('Name?', ui.ButtonSet.OK_CANCEL);
  return [yes, r.getSelectedButton() === ui.Button.OK, r.getResponseText()];
}
`;
const PAGE =
  '<h1><?= name ?></h1><div><?!= name ?></div><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?><?!= helper() ?>';

describe('HtmlService', () => {
  it('templates: <?= ?> HTML-escapes, <?!= ?> does not, <? ?> runs code, properties are variables, scriptlets call bundle functions', () => {
    const rt = runtimeWith(BUNDLE, {}, { 'Page.html': PAGE });
    expect(valueOf(rt.run('render', ['<b>"Ann" & co</b>']))).toBe(
      '<h1>&#60;b&#62;&#34;Ann&#34; &#38; co&#60;/b&#62;</h1><div><b>"Ann" & co</b></div><li>a</li><li>b</li><em>from helper</em>',
    );
  });

  it('createHtmlOutputFromFile reads <htmlDir>/<name>.html; createHtmlOutput and append', () => {
    const rt = runtimeWith(BUNDLE, {}, { 'Page.html': PAGE });
    expect(valueOf(rt.run('fromFile'))).toEqual([true, '<p>x</p><p>y</p>']);
  });
});

describe('Ui', () => {
  it('records sidebars, dialogs and toasts', () => {
    const rt = runtimeWith(BUNDLE);
    expect(rt.run('sidebar').ok).toBe(true);
    expect(rt.ui.sidebars).toEqual([{ title: 'Side', html: '<p>side</p>', width: 320 }]);
    expect(rt.ui.dialogs).toEqual([{ title: 'Modal', html: '<p>m</p>', modal: true }]);
    expect(rt.ui.toasts).toEqual([{ message: 'Saved', title: 'Pyramid' }]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu(): a sub-menu of
  // the editor's Extensions menu, titled with the add-on's name; ui#createMenu(String): a menu
  // of its own in the menu bar.
  it('records menus with items, separators and submenus, and add-on menus under Extensions', () => {
    const rt = runtimeWith(BUNDLE);
    rt.run('menus');
    expect(rt.ui.menus).toEqual([
      {
        title: 'Top',
        addon: false,
        location: 'menu bar',
        items: [
          { kind: 'item', label: 'One', functionName: 'helper' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            menu: {
              title: 'Sub',
              addon: false,
              location: 'menu bar',
              items: [{ kind: 'item', label: 'Two', functionName: 'render' }],
            },
          },
        ],
      },
      {
        title: 'Customer Pyramid',
        addon: true,
        location: 'Extensions',
        items: [{ kind: 'item', label: 'Three', functionName: 'sidebar' }],
      },
    ]);
  });

  it('alert and prompt return the programmed responses (default: the first button)', () => {
    const rt = runtimeWith(BUNDLE);
    expect(valueOf(rt.run('ask'))).toEqual([true, true, '']);
    rt.ui.respondWith('NO');
    rt.ui.respondWith('CANCEL', 'Ann');
    expect(valueOf(rt.run('ask'))).toEqual([false, false, 'Ann']);
    expect(rt.ui.alerts.at(-1)).toEqual({ prompt: 'Name?' });
  });
});
