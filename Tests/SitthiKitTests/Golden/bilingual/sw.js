// Written by sitthi build from templates/service-worker.js, after this build's settings.
const SITE = {"assets":["/assets/fonts/noto-sans-myanmar-burmese.d4254c64.woff2","/assets/icons/apple-touch-icon.0d99553d.png","/assets/icons/icon.05365a65.svg","/assets/offline.d912a562.js"],"build":"ca81804bb1a78635","fallback":"th","offline":{"en":"/en/offline/","km":"/km/offline/","lo":"/lo/offline/","my":"/my/offline/","th":"/th/offline/"},"pages":{"en":["/en/","/en/offices/","/en/offline/"],"km":["/km/","/km/offices/","/km/offline/"],"lo":["/lo/","/lo/offices/","/lo/offline/"],"my":["/my/","/my/offices/","/my/offline/"],"th":["/th/","/th/offices/","/th/offline/"]}};
// Keeps the site's pages for reading without a connection. SITE, the line above, is written by the
// build: its id, each language's pages to keep, each language's offline page and the assets pages use.
// Pages come from the network first, so an edit reaches readers as soon as they are online; the saved
// copy is used only when the network fails. Caches are named by the build's id: a new version of the
// site fetches the pages the reader had saved again and drops the old copies, never mixing the two.
const PREFIX = "sitthi-";
const CACHE = PREFIX + SITE.build;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX) || name === CACHE) continue;
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        const path = new URL(request.url).pathname;
        if (!path.startsWith("/assets/") && !(await cache.match(path))) await cache.add(path).catch(() => {});
      }
      await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// A page of a language asks, once open, to keep what pages use, that language's pages and itself
// (in that order, one after the other).
self.addEventListener("message", (event) => {
  const { keep, page } = event.data || {};
  if (SITE.pages[keep]) event.waitUntil(save(SITE.assets.concat(SITE.pages[keep], page ? [page] : [])));
});

async function save(paths) {
  const cache = await caches.open(CACHE);
  for (const path of paths) {
    if (!(await cache.match(path))) await cache.add(path).catch(() => {});
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin) return;
  if (request.mode === "navigate") event.respondWith(page(event, url.pathname));
  else if (url.pathname.startsWith("/assets/")) event.respondWith(asset(event, request));
});

// Network first; every page opened is kept; without a network, the kept copy or the offline page.
async function page(event, path) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok && !response.redirected) event.waitUntil(cache.put(path, response.clone()));
    return response;
  } catch (error) {
    const language = path.split("/")[1];
    const saved = (await cache.match(path)) || (await cache.match(SITE.offline[SITE.offline[language] ? language : SITE.fallback]));
    if (!saved) throw error;
    // A navigation may not be answered with a response that was redirected.
    return saved.redirected ? new Response(saved.body, saved) : saved;
  }
}

// Assets never change under their name: the kept copy first.
async function asset(event, request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) event.waitUntil(cache.put(request, response.clone()));
  return response;
}
