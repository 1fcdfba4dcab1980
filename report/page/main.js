// @ts-check
// Entry of the page: reads the data block (JSON, never evaluated as script), draws the views and
// marks the page ready once the frame after drawing has been produced (tests and the benchmark
// wait for window.tpeReport.ready; renderMs / paintMs are milliseconds since navigation start).

(() => {
  const node = document.getElementById('tpe-data');
  const data = JSON.parse(node?.textContent ?? '{}');
  window.tpeReport = Object.assign(window.tpeReport ?? {}, {
    ready: false,
    renderMs: 0,
    paintMs: 0,
    front: window.tpeReport?.front ?? [],
    fmt,
  });
  if (data.kind === 'sweep') renderSweep(data);
  else if (data.kind === 'design') renderDesign(data);
  const r = /** @type {NonNullable<Window['tpeReport']>} */ (window.tpeReport);
  r.renderMs = performance.now();
  requestAnimationFrame(() =>
    setTimeout(() => {
      r.paintMs = performance.now();
      r.ready = true;
      document.documentElement.setAttribute('data-ready', '1');
    }, 0),
  );
})();
