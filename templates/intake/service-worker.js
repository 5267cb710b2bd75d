// Bowout's service worker: it makes Bowout installable as an app (and so a share target on a
// phone), and does nothing else. Every page holds the user's private data, so it caches
// nothing and answers no request: the browser goes to the network as if it were not here.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
