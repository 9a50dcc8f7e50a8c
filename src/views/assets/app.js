// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();
  for (const form of document.querySelectorAll('form')) enhanceConditionalQuestions(form);
});

/**
 * Questions that apply only after a given answer on the same page carry their condition in
 * data-show-if. Without this script they stay on the page under a heading that says who answers
 * them; with it they appear and disappear as the answer changes. The server decides either way.
 */
function enhanceConditionalQuestions(form) {
  const blocks = [...form.querySelectorAll('[data-show-if]')];
  if (blocks.length === 0) return;
  const update = () => {
    for (const block of blocks) {
      let condition;
      try {
        condition = JSON.parse(block.getAttribute('data-show-if') ?? '');
      } catch {
        continue;
      }
      const holds = evaluate(condition, form, block.getAttribute('data-item-prefix') ?? '');
      if (holds !== undefined) block.hidden = !holds;
    }
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();
}

function answersOf(form, name) {
  const values = [];
  for (const element of form.elements) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    if (element.name !== name && !element.name.startsWith(`${name}-`)) continue;
    if (element.name.startsWith('_') || element.type === 'hidden' || element.type === 'file') continue;
    if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) continue;
    if (element.value.trim() !== '') values.push(element.value);
  }
  return values;
}

/** true or false for the tests a page can decide on its own; undefined (leave shown) for the rest. */
function evaluate(condition, form, prefix) {
  if (!condition || typeof condition !== 'object') return undefined;
  if (Array.isArray(condition.all) || Array.isArray(condition.any)) {
    const results = (condition.all ?? condition.any).map((part) => evaluate(part, form, prefix));
    if (results.includes(undefined)) return undefined;
    return condition.all ? results.every(Boolean) : results.some(Boolean);
  }
  const given = answersOf(form, `${prefix}${condition.field}`);
  if ('answered' in condition) return condition.answered === given.length > 0;
  if ('equals' in condition) return given.some((value) => [condition.equals].flat().includes(value));
  if ('notEquals' in condition) return given.length > 0 && !given.some((value) => [condition.notEquals].flat().includes(value));
  return undefined;
}
