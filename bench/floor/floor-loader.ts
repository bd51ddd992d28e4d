// The floor page's script tag: what a loader does at the least. It asks the API for the month at once and imports the
// element's one chunk beside it, as our loader does with its early requests (src/loader/first-requests.ts).
const element = document.querySelector('innsyn-floor');
if (element) {
  const api = new URL(element.getAttribute('api') ?? '', document.baseURI).href.replace(/\/$/, '');
  const month = element.getAttribute('month') ?? '';
  (window as unknown as { floorMeetings: Promise<unknown> }).floorMeetings = fetch(
    `${api}/meetings?from=${month}-01&to=${month}-31&limit=200`,
  ).then((response) => response.json());
  void import(/* @vite-ignore */ new URL('./floor-element.js', import.meta.url).href);
}
