// The search page's one script: Pagefind's index of the built site, in the page's language
// (Pagefind picks the index by <html lang>). Matches ignore diacritics, so "tu vong me" finds
// "tử vong mẹ". Results are links with Pagefind's excerpt; nothing leaves the site.
const form = document.getElementById('tim-kiem-form');
const input = form.elements.namedItem('q');
const list = document.getElementById('ket-qua');
const status = document.getElementById('trang-thai');
const say = (key, n) => {
  status.textContent = status.dataset[key].replace('{n}', String(n));
  status.dataset.state = key;
};

const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 24 });

let latest = 0;
async function run(query) {
  const ticket = ++latest;
  list.replaceChildren();
  if (!query) return say('empty', 0);
  say('searching', 0);
  const found = await pagefind.debouncedSearch(query, {}, 150);
  if (found === null || ticket !== latest) return;
  const pages = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  if (ticket !== latest) return;
  for (const page of pages) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = page.url;
    a.textContent = page.meta.title ?? page.url;
    const p = document.createElement('p');
    p.className = 'excerpt';
    // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
    p.innerHTML = page.excerpt;
    li.append(a, p);
    list.append(li);
  }
  say(found.results.length ? 'found' : 'none', found.results.length);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
  run(q);
});
input.addEventListener('input', () => run(input.value.trim()));
document.documentElement.classList.add('search-ready');
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  run(initial.trim());
}
