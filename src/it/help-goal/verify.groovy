// The generated help lists every goal and documents each parameter with its user property.
def log = new File(basedir, 'build.log').getText('UTF-8')
['leaflet:build', 'leaflet:check', 'leaflet:help', 'leaflet:new', 'leaflet:publish', 'leaflet:serve'].each { assert log.contains(it) : "help lacks $it" }
['leaflet.contentDirectory', 'leaflet.outputDirectory', 'leaflet.templatesDirectory', 'leaflet.failOnWarning',
 'leaflet.skip', 'leaflet.outputTimestamp', 'leaflet.failOnExpiredReview', 'leaflet.allowStaleTranslations',
 'leaflet.port', 'leaflet.slug', 'leaflet.title', 'leaflet.englishTitle'].each { assert log.contains("User property: $it") : "help lacks $it" }
return true
