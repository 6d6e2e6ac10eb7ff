// The leadership network view: Cytoscape.js (vendored from its webjar) with its built-in "cose"
// force-directed layout; clicking a node opens its page; the checkboxes hide or show a kind of node.
(function () {
  'use strict';
  var container = document.getElementById('network');
  if (!container) return;
  var colours = {
    episode: '#1f5fa8', leader: '#b8461b', role: '#6a3d9a', skill: '#2e7d32', authority: '#8d6e00',
    position: '#00796b', attribute: '#5d4037', characteristic: '#c2185b', condition: '#546e7a', organisation: '#ef6c00'
  };
  fetch(container.getAttribute('data-src'), { credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var cy = cytoscape({
        container: container,
        elements: data,
        style: [
          { selector: 'node', style: {
              'background-color': function (n) { return colours[n.data('kind')] || '#333'; },
              'label': function (n) { var l = n.data('label'); return l.length > 40 ? l.substring(0, 39) + '…' : l; },
              'font-size': 9, 'color': '#111', 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 16, 'height': 16 } },
          { selector: 'node[kind = "episode"]', style: { 'shape': 'round-rectangle', 'width': 22, 'height': 22 } },
          { selector: 'edge', style: { 'width': 1, 'line-color': '#9a9a9a', 'curve-style': 'bezier',
              'target-arrow-shape': 'triangle', 'target-arrow-color': '#9a9a9a', 'arrow-scale': 0.6 } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; } },
        wheelSensitivity: 0.3
      });
      cy.on('tap', 'node', function (evt) {
        var href = evt.target.data('href');
        if (href) window.location.href = href;
      });
      document.querySelectorAll('.kind-filter').forEach(function (box) {
        box.addEventListener('change', function () {
          cy.nodes('[kind = "' + box.value + '"]').style('display', box.checked ? 'element' : 'none');
        });
      });
      window.safkgNetwork = cy;
      container.setAttribute('data-ready', 'true');
    });
}());
