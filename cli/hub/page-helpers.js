// What the teacher page's scripts share (served by the hub as it is, no build): making
// elements with text children (never HTML), and calling the hub's API in the page's language.

const lang = document.documentElement.lang;

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string)[]} [children]
 */
export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
export async function api(path, body) {
  const sep = path.includes('?') ? '&' : '?';
  const res = await fetch(`${path}${sep}lang=${lang}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await res.json();
  if (!res.ok)
    throw new Error(`${json.error?.message ?? res.status} ${json.error?.suggestion ?? ''}`);
  return json;
}
