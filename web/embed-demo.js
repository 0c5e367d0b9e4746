// The plain ES-module API, as a third-party page would use it.
import init, { evaluate } from './breachnotice.js';

await init();
const text = document.getElementById('api-notice').textContent;
const report = evaluate(text, 'authority', 'auto');
const list = document.getElementById('api-result');
list.replaceChildren();
for (const el of report.elements.filter((e) => e.required && e.status !== 'present')) {
  const li = document.createElement('li');
  li.dataset.element = el.id;
  li.textContent = `${el.id} (${el.citation})`;
  list.append(li);
}
if (!list.children.length) list.textContent = 'Nothing: the notice is complete.';
list.dataset.complete = String(report.complete);
