/// <reference lib="webworker" />
// Samverkan's service worker, in place of Vaadin's default one. It makes the app installable and shows the offline
// page (Swedish and English) when the server cannot be reached. It precaches only the offline page and the manifest
// from the list Flow makes at run time (sw-runtime-resources-precache.js). Vaadin's default worker also precaches
// the whole production bundle and the icons on the first visit; the tracker cannot work offline, so that would only
// add weight on a phone. The bundle's files have content hashes and are cached by the browser for a year instead,
// and the offline page draws its logo inline.
// Vaadin does not notice changes to this file: delete src/main/bundles/prod.bundle after editing it.
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare var self: ServiceWorkerGlobalScope & {
  __WB_DISABLE_DEV_LOGS: boolean;
  additionalManifestEntries?: Array<PrecacheEntry>;
};
declare var OFFLINE_PATH: string; // defined by Vaadin's Vite configuration from @PWA(offlinePath)

self.__WB_DISABLE_DEV_LOGS = true;
self.importScripts('sw-runtime-resources-precache.js');
self.skipWaiting();
clientsClaim();

const withoutIcons = (entry: PrecacheEntry | string) => !/(^|\/)icons\//.test(typeof entry === 'string' ? entry : entry.url);
precacheAndRoute((self.additionalManifestEntries ?? []).filter(withoutIcons));

let connectionLost = false;
const network = new NetworkOnly();

// pages come from the network; without one, the offline page
registerRoute(
  new NavigationRoute(async (context) => {
    try {
      const response = await network.handle(context);
      connectionLost = false;
      return response;
    } catch (error) {
      connectionLost = true;
      const offline = await matchPrecache(OFFLINE_PATH);
      if (offline) {
        return offline;
      }
      throw error;
    }
  })
);

// Flow's client asks the worker whether the connection was lost (as with Vaadin's default worker)
self.addEventListener('message', (event) => {
  if (typeof event.data === 'object' && event.data?.method === 'Vaadin.ServiceWorker.isConnectionLost' && 'id' in event.data) {
    event.source?.postMessage({ id: event.data.id, result: connectionLost }, []);
  }
});
