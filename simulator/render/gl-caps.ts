/**
 * Whether WebGL here is drawn by the CPU (SwiftShader, llvmpipe): then the view skips
 * antialiasing, which costs such machines about a third of their frame rate (measured
 * with Chromium's SwiftShader on 2 cores: 24 ms a frame without, 37 ms with).
 */
export function isSoftwareWebGl(doc: Document = document): boolean {
  const gl =
    doc.createElement('canvas').getContext('webgl2') ??
    doc.createElement('canvas').getContext('webgl');
  if (!gl) return true;
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(name);
}
