/**
 * The replay viewer's markup (its style: replay-viewer.css): added to the page when the
 * viewer first opens, so the app's first load carries neither. Texts are filled in by
 * `data-text` (compete words).
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
