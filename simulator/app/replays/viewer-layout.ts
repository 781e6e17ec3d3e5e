/**
 * The replay viewer's markup and style: added to the page when the viewer first opens, so
 * the app's first load carries neither. Texts are filled in by `data-text` (compete words).
 */
export const VIEWER_HTML = `
<header class="replay-bar">
  <h2 data-text="match">Match</h2>
  <label class="replay-open"><span data-text="openReplays">Open replays</span>
    <input id="replay-files" type="file" accept=".json,application/json" multiple /></label>
  <select id="replay-match" aria-label="Match"></select>
  <select id="replay-round" aria-label="Round"></select>
  <button id="replay-projector" type="button" aria-pressed="false" data-text="projector">Projector view</button>
  <button id="replay-close" type="button" data-text="close">Close</button>
</header>
<pre id="replay-problems" class="replay-problems"></pre>
<div class="replay-body">
  <div class="replay-stage">
    <canvas id="replay-view"></canvas>
    <div class="replay-controls">
      <button id="replay-play" type="button" data-text="play">Play</button>
      <input id="replay-timeline" type="range" min="0" max="0" step="1" value="0" aria-label="Timeline" />
      <output id="replay-clock"></output>
      <label><span data-text="speed">Speed</span> <select id="replay-speed"></select></label>
      <label><span data-text="follow">Follow</span> <select id="replay-follow"></select></label>
    </div>
    <ul id="replay-robots" class="replay-robots"></ul>
    <p id="replay-result" class="replay-result" aria-live="polite"></p>
    <p><button id="replay-verify" type="button" data-text="verifyHere">Verify in this browser</button>
      <span id="replay-verdict" aria-live="polite"></span></p>
  </div>
  <aside class="replay-side">
    <h3 data-text="standings">Standings</h3>
    <p id="replay-header"></p>
    <table id="replay-standings"></table>
  </aside>
</div>`;

export const VIEWER_STYLE = `
.replay-viewer { position: fixed; inset: 0; z-index: 50; background: #f4f6f8; display: flex;
  flex-direction: column; padding: 0.5rem 1rem; gap: 0.5rem; overflow: auto; }
.replay-viewer[hidden] { display: none; }
.replay-bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.replay-bar h2 { margin: 0 0.5rem 0 0; font-size: 1.1rem; }
.replay-bar select, .replay-controls select { max-width: min(100%, 36rem); }
.replay-problems { color: #b3261e; margin: 0; white-space: pre-wrap; }
.replay-problems:empty { display: none; }
.replay-body { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 1rem;
  flex: 1; min-height: 0; }
.replay-stage { display: flex; flex-direction: column; gap: 0.4rem; min-height: 0; }
.replay-stage canvas { width: 100%; flex: 1; min-height: 18rem; background: #dfe6ee; border-radius: 6px; }
.replay-controls { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; }
.replay-controls input[type="range"] { flex: 1; min-width: 10rem; }
.replay-robots { display: flex; gap: 1rem; list-style: none; padding: 0; margin: 0; }
.replay-robots .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%;
  vertical-align: middle; }
.replay-result { font-weight: 700; margin: 0; }
.replay-side { overflow-x: auto; }
.replay-side table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
.replay-side th, .replay-side td { border: 1px solid #bbb; padding: 0.25em 0.4em; text-align: left; }
.replay-side th { background: #eef2f7; white-space: nowrap; }
.replay-side td:nth-child(2) { overflow-wrap: anywhere; }
.replay-viewer.projector { font-size: 1.5rem; }
.replay-viewer.projector .replay-open, .replay-viewer.projector #replay-verify,
.replay-viewer.projector .replay-side :is(th, td):nth-child(3) { display: none; }
.replay-viewer.projector .replay-body { grid-template-columns: minmax(0, 3fr) minmax(20rem, 2fr); }
.replay-viewer.projector .replay-stage canvas { min-height: 60vh; }
`;
