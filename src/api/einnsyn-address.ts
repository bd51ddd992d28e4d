/** The national portal's API: what `api-kind="einnsyn"` means when `api` is left out. */
export const EINNSYN_API = 'https://api.einnsyn.no';
