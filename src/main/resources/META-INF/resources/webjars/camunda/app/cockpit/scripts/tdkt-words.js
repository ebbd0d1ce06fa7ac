/*
 * Cockpit, Admin and Welcome have a few English words written into their code, which no locale
 * file reaches: a table header and two tooltips of Cockpit, the diagram's zoom buttons, the sample
 * names in the Welcome page's profile form. They are put into Vietnamese as they appear. Each
 * app's scripts/config.js loads this one file (customScripts).
 */
const TEXTS = {
  'State': 'Trạng thái',
  'Toggle this section': 'Ẩn/hiện mục này',
  'Suspended Job Definition': 'Định nghĩa tác vụ nền đang tạm dừng'
};
const ATTRIBUTES = {
  'zoom in': 'Phóng to',
  'zoom out': 'Thu nhỏ',
  'reset zoom': 'Về cỡ ban đầu',
  'Select all': 'Chọn tất cả',
  'Jonny': 'Văn An',
  'Prosciutto': 'Nguyễn',
  'j.prosciutto@acme.org': 'an.nguyen@coquan.gov.vn'
};

// Only table headers and tooltips: elsewhere such a word may be an official's own data.
function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const vi = TEXTS[node.nodeValue.trim()];
    if (vi && node.parentElement && node.parentElement.closest('th, .tooltip')) {
      node.nodeValue = vi;
    }
  }
  root.querySelectorAll('[title], [placeholder]').forEach((element) => {
    ['title', 'placeholder'].forEach((attribute) => {
      const vi = ATTRIBUTES[element.getAttribute(attribute)];
      if (vi) {
        element.setAttribute(attribute, vi);
      }
    });
  });
}

new MutationObserver((changes) => {
  changes.forEach((change) => {
    const target = change.target.nodeType === Node.TEXT_NODE ? change.target.parentElement : change.target;
    if (target) {
      translate(target);
    }
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
