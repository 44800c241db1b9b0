// A small bilingual project builds into a site whose pages link each language to the other.
def site = new File(basedir, 'target/leaflets/site')
['index.html', '404.html', 'sitemap.xml', 'fr/index.html', 'en/index.html', 'fr/demo/index.html', 'en/demo/index.html'].each {
    assert new File(site, it).isFile() : "missing $it"
}
assert new File(site, 'assets').list().any { it ==~ /site\.[0-9a-f]{8}\.css/ }
def french = new File(site, 'fr/demo/index.html').getText('UTF-8')
def english = new File(site, 'en/demo/index.html').getText('UTF-8')
assert french.contains('<html lang="fr">')
assert french.contains('<link rel="alternate" hreflang="en" href="../../en/demo/index.html">')
assert english.contains('<html lang="en">')
assert english.contains('<link rel="alternate" hreflang="fr" href="../../fr/demo/index.html">')
assert english.contains('<h2 id="what-are-the-risks">What are the risks?</h2>')
assert english.contains('<li><a href="#what-are-the-risks">What are the risks?</a></li>')
assert english.contains('<a href="tel:+3264234820">064\u00A023\u00A048\u00A020</a>')
def sitemap = new File(site, 'sitemap.xml').getText('UTF-8')
assert sitemap.contains('<xhtml:link rel="alternate" hreflang="fr" href="https://leaflets.example.org/fr/demo/"/>')
def searchIndex = new File(site, 'assets').listFiles().find { it.name ==~ /search-en-1\.[0-9a-f]{8}\.js/ }
assert searchIndex?.getText('UTF-8')?.contains('A bruise where the tube went in (2%).')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('0 errors, 0 warnings in 2 texts')
assert log.contains('Wrote 8 pages and 3 PDF leaflets to target/leaflets/site')
assert new File(site, 'fr/demo/demo-fr-en-v2.pdf').isFile()

// The reports sit beside the site, and the log says where.
assert log.contains('Reports: target/leaflets/report.html, report.json, report.sarif')
def reports = new File(basedir, 'target/leaflets')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'report.json'))
assert json.summary.text == '0 errors, 0 warnings in 2 texts'
assert json.readability*.file == ['content/demo/en.md', 'content/demo/fr.md']
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'report.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.rules*.id.contains('numeric-parity')
assert new File(reports, 'report.html').getText('UTF-8').contains('0 errors, 0 warnings in 2 texts')
// The site is attached as a zip, with a manifest and a feed per language.
def zip = new java.util.zip.ZipFile(new File(basedir, 'target/leaflets/build-bilingual-site-1-site.zip'))
assert zip.getEntry('fr/demo/index.html') != null
assert zip.getEntry('manifest.json') != null
assert zip.getEntry('en/feed.xml') != null
assert log.contains('Attached target/leaflets/build-bilingual-site-1-site.zip (classifier site)')
return true
