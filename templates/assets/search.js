/*
 * Searches the leaflets of the page's language in their index. The form's data-index names a script beside
 * the page that lists the index's parts in window.leafletSearchParts: scripts that each add their part to
 * window.leafletSearchIndex, so that search works from disk as from a server. The parts hold every leaflet's text, megabytes on a large site, so they are loaded only once the
 * reader turns to the search box. Without this script the form stays hidden and the full list of leaflets
 * remains the way in; if the index cannot be loaded, the page says so and the list stays.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-search]');
  if (!form) {
    return;
  }
  var input = form.querySelector('input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var listing = document.getElementById('leaflet-listing');
  var leaflets = null;
  var loading = false;

  // Accents, case and apostrophes do not matter: "echec" finds "échec", "l'aine" finds "l’aine".
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2019\u2018]/g, "'").toLowerCase();
  }

  function prepare(index) {
    return index.map(function (leaflet) {
      return {
        leaflet: leaflet,
        about: fold(leaflet.title + ' ' + leaflet.summary),
        sections: leaflet.sections.map(function (section) {
          return { heading: section.heading, text: fold(section.heading + ' ' + section.text) };
        })
      };
    });
  }

  function load() {
    if (loading) {
      return;
    }
    loading = true;
    // A project's own index template from before the index came in parts names none: say so, keep the list.
    var listed = (form.dataset.index || '').split(' ').filter(function (script) {
      return script.length > 0;
    });
    if (listed.length === 0) {
      unavailable();
      return;
    }
    status.textContent = form.dataset.loading;
    // A template from before the list of parts names the parts themselves, and sets no list.
    run(listed, function () {
      var parts = window.leafletSearchParts;
      if (Array.isArray(parts)) {
        run(parts, ready);
      } else {
        ready();
      }
    });
  }

  // Runs the scripts in the listed order (async off), so the results keep the site's order, then calls done;
  // if one cannot be loaded, the page says so instead.
  function run(sources, done) {
    var waiting = sources.length;
    var failed = false;
    sources.forEach(function (source) {
      var script = document.createElement('script');
      script.src = source;
      script.async = false;
      script.onload = function () {
        waiting--;
        if (waiting === 0 && !failed) {
          done();
        }
      };
      script.onerror = function () {
        if (!failed) {
          failed = true;
          unavailable();
        }
      };
      document.head.appendChild(script);
    });
  }

  function ready() {
    var index = window.leafletSearchIndex;
    if (!Array.isArray(index)) {
      unavailable();
      return;
    }
    leaflets = prepare(index);
    status.textContent = '';
    show(input.value);
  }

  function unavailable() {
    results.textContent = '';
    listing.hidden = false;
    status.textContent = form.dataset.unavailable;
  }

  function words(query) {
    return fold(query).split(/[\s.,;:!?()«»"]+/).filter(function (word) {
      return word.length > 0;
    });
  }

  // A leaflet matches when it holds every word; the sections holding one are shown as where it was found.
  function matches(query) {
    var wanted = words(query);
    return leaflets.filter(function (candidate) {
      return wanted.every(function (word) {
        return candidate.about.indexOf(word) >= 0 || candidate.sections.some(function (section) {
          return section.text.indexOf(word) >= 0;
        });
      });
    }).map(function (candidate) {
      return {
        leaflet: candidate.leaflet,
        foundIn: candidate.sections.filter(function (section) {
          return wanted.some(function (word) {
            return section.text.indexOf(word) >= 0;
          });
        }).map(function (section) {
          return section.heading;
        })
      };
    });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function show(query) {
    if (leaflets === null) {
      load();
      return;
    }
    results.textContent = '';
    if (words(query).length === 0) {
      status.textContent = '';
      listing.hidden = false;
      return;
    }
    var found = matches(query);
    found.forEach(function (result) {
      var item = element('li');
      var link = element('a', 'leaflet-link', result.leaflet.title);
      link.href = result.leaflet.href;
      item.appendChild(link);
      item.appendChild(element('p', null, result.leaflet.summary));
      if (result.foundIn.length > 0) {
        item.appendChild(element('p', 'meta', form.dataset.foundIn + ' ' + result.foundIn.join(' · ')));
      }
      results.appendChild(item);
    });
    listing.hidden = true;
    status.textContent = found.length === 0 ? form.dataset.none
      : found.length === 1 ? form.dataset.one
      : form.dataset.many.replace('{n}', String(found.length));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  input.addEventListener('focus', load);
  input.addEventListener('input', function () {
    show(input.value);
  });
  form.hidden = false;
  if (input.value) {
    show(input.value);
  }
}());
