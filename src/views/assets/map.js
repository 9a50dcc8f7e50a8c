// Progressive enhancement of the facility map pages: draws the map from the page's data island
// (the list on the page holds the same places and works without this file) and offers the
// 「現在地から探す」 button where the browser can tell where the resident is.
(function () {
  'use strict';

  var script = document.currentScript;
  var version = script && script.src.indexOf('?') >= 0 ? script.src.slice(script.src.indexOf('?')) : '';

  function readData() {
    var island = document.getElementById('map-data');
    if (!island) return null;
    try {
      return JSON.parse(island.textContent);
    } catch (error) {
      return null;
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function popupContent(facility) {
    var box = element('div', 'map-popup');
    var link = element('a', '', facility.number + '. ' + facility.name);
    link.href = facility.href;
    box.appendChild(element('p', 'map-popup-name')).appendChild(link);
    box.appendChild(element('p', '', facility.kind + (facility.distance ? '・' + facility.distance : '')));
    return box;
  }

  function setUpIcons(L) {
    L.Icon.Default.imagePath = '/assets/';
    L.Icon.Default.mergeOptions({ iconUrl: 'leaflet-marker-icon.png', iconRetinaUrl: 'leaflet-marker-icon-2x.png', shadowUrl: 'leaflet-marker-shadow.png' });
  }

  function labelCloseButton(event) {
    var close = event.popup.getElement().querySelector('.leaflet-popup-close-button');
    if (close) close.setAttribute('aria-label', '閉じる');
  }

  function addMarkers(L, map, data) {
    var points = [];
    data.facilities.forEach(function (facility) {
      var label = facility.number + '. ' + facility.name;
      // Not in the tab order: the list repeats every marker as a link, and markers of nearby places overlap.
      var marker = L.marker([facility.lat, facility.lon], { alt: label, title: label, keyboard: false, riseOnHover: true });
      marker.bindPopup(popupContent(facility));
      marker.bindTooltip(String(facility.number), { permanent: true, direction: 'right', offset: [-6, -6], className: 'map-number' });
      marker.on('popupopen', labelCloseButton);
      marker.addTo(map);
      points.push([facility.lat, facility.lon]);
    });
    if (data.origin) {
      L.circleMarker([data.origin.lat, data.origin.lon], { radius: 9, color: '#000', weight: 3, fillColor: '#fff', fillOpacity: 1, interactive: false })
        .bindTooltip('出発地点', { permanent: true, direction: 'bottom', offset: [0, 4], className: 'map-origin' })
        .addTo(map);
      points.push([data.origin.lat, data.origin.lon]);
    }
    return points;
  }

  function drawMap(panel, data) {
    var L = window.L;
    var container = document.getElementById('map');
    panel.hidden = false;
    setUpIcons(L);
    var map = L.map(container, { zoomControl: false, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: '拡大する', zoomOutTitle: '縮小する' }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
    var note = element('p', 'hint map-tile-note');
    note.setAttribute('role', 'status');
    panel.appendChild(note);
    L.tileLayer(container.getAttribute('data-tile-url'), { attribution: container.getAttribute('data-tile-attribution'), maxZoom: 18, minZoom: 5 })
      .once('tileerror', function () { note.textContent = '地図の画像を読み込めませんでした。場所は一覧でご覧ください。'; })
      .addTo(map);
    var points = addMarkers(L, map, data);
    if (points.length === 1) map.setView(points[0], 16);
    else map.fitBounds(points, { padding: [32, 32], maxZoom: 17 });
  }

  function startMap() {
    var panel = document.querySelector('[data-map-panel]');
    var data = readData();
    if (!panel || !data || !window.L || data.facilities.length === 0) return;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/assets/leaflet.css' + version;
    link.addEventListener('load', function () { drawMap(panel, data); });
    document.head.appendChild(link);
  }

  function hiddenField(form, name, value) {
    var field = form.elements[name];
    if (!field) {
      field = element('input');
      field.type = 'hidden';
      field.name = name;
      form.appendChild(field);
    }
    field.value = value;
  }

  function chooseHere(form) {
    var select = form.elements.district;
    if (select && !select.querySelector('option[value=""]')) {
      var here = element('option', '', '現在地');
      here.value = '';
      select.insertBefore(here, select.firstChild);
    }
    if (select) select.value = '';
    if (form.elements.address) form.elements.address.value = '';
  }

  function startLocate() {
    var box = document.querySelector('[data-map-locate]');
    if (!box || !navigator.geolocation) return;
    var button = box.querySelector('[data-map-locate-button]');
    var status = box.querySelector('[data-map-locate-status]');
    box.hidden = false;
    button.addEventListener('click', function () {
      status.textContent = '現在地を調べています。しばらくお待ちください。';
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        // About 10 m is enough to sort by distance, and says less about the resident.
        hiddenField(button.form, 'lat', position.coords.latitude.toFixed(4));
        hiddenField(button.form, 'lon', position.coords.longitude.toFixed(4));
        chooseHere(button.form);
        button.form.submit();
      }, function () {
        button.disabled = false;
        status.textContent = '現在地を調べられませんでした。地区を選ぶか、住所を入力してください。';
      }, { timeout: 15000, maximumAge: 60000 });
    });
  }

  function start() {
    startLocate();
    startMap();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
