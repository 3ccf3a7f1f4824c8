// Lets the browser keep the site's pages for reading without a connection, where it can: registers the
// service worker (/sw.js) and asks it to keep this language's main pages and this page. On the offline
// page it lists the other pages kept on this phone and offers to delete them. Nothing on the site needs
// this script: without it, pages are read online as always.
(() => {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  const lang = document.documentElement.lang;
  const page = location.pathname;
  navigator.serviceWorker.register("/sw.js")
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      if (page.startsWith(`/${lang}/`) && registration.active) registration.active.postMessage({ keep: lang, page });
    })
    .catch(() => {});
  const box = document.getElementById("offline-saved");
  if (box) listSaved(box).catch(() => {});

  async function listSaved(box) {
    const shown = new Set([...document.querySelectorAll("main a[href]")].map((link) => link.getAttribute("href")));
    shown.add(page);
    const list = box.querySelector("ul");
    for (const name of await caches.keys()) {
      if (!name.startsWith("sitthi-")) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (!path.startsWith(`/${lang}/`) || shown.has(path)) continue;
        shown.add(path);
        const html = await (await cache.match(request)).text();
        const title = new DOMParser().parseFromString(html, "text/html").title.split(" — ")[0];
        const link = document.createElement("a");
        link.href = path;
        link.textContent = title || path;
        const item = document.createElement("li");
        item.append(link);
        list.append(item);
      }
    }
    box.hidden = false;
    box.querySelector("button").addEventListener("click", async () => {
      for (const name of await caches.keys()) if (name.startsWith("sitthi-")) await caches.delete(name);
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      box.hidden = true;
      document.getElementById("offline-cleared").hidden = false;
    });
  }
})();
