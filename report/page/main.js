// @ts-check
// Entry of the page: reads the data block (JSON, never evaluated as script), draws the views and
// marks the page ready (tests and the benchmark wait for window.tpeReport.ready).

(() => {
  const node = document.getElementById('tpe-data');
  const data = JSON.parse(node?.textContent ?? '{}');
  window.tpeReport = Object.assign(window.tpeReport ?? {}, { ready: false, renderMs: 0, front: window.tpeReport?.front ?? [], fmt });
  if (data.kind === 'sweep') renderSweep(data);
  else if (data.kind === 'design') renderDesign(data);
  window.tpeReport.renderMs = performance.now();
  window.tpeReport.ready = true;
  document.documentElement.setAttribute('data-ready', '1');
})();
