/**
 * The nonce the page's Content-Security-Policy gives inline <style> elements: Vite's
 * <meta property="csp-nonce">, filled in by `mekong start` for each page. Undefined where
 * the page came from a plain static server (its policy then allows none).
 */
export function cspNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
}
