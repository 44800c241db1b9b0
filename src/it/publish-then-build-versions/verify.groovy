// Publishing freezes version 2 beside the frozen version 1; the build then serves both, each with its PDF,
// the older one marked as superseded, and a history page listing them.
def content = new File(basedir, 'content')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Published content/demo/versions/2/en.md')
assert log.contains('Published content/demo/versions/2/fr.md')
assert new File(content, 'demo/versions/2/fr.md').getText('UTF-8') == new File(content, 'demo/fr.md').getText('UTF-8')
def ledger = new File(content, 'published.yaml').readLines().findAll { !it.startsWith('#') }
assert ledger*.replaceAll(/: [0-9a-f]{64}$/, '') ==
        ['demo/versions/1/en.md', 'demo/versions/1/fr.md', 'demo/versions/2/en.md', 'demo/versions/2/fr.md']

def site = new File(basedir, 'target/leaflets/site')
['fr/demo/index.html', 'fr/demo/demo-fr-v2.pdf', 'fr/demo/v1/index.html', 'fr/demo/v1/demo-fr-v1.pdf',
        'fr/demo/v2/index.html', 'fr/demo/v2/demo-fr-v2.pdf', 'en/demo/v1/index.html', 'en/demo/v1/demo-en-v1.pdf',
        'fr/demo/history/index.html', 'en/demo/history/index.html'].each {
    assert new File(site, it).isFile() : "missing $it"
}
def old = new File(site, 'en/demo/v1/index.html').getText('UTF-8')
assert old.contains('<div class="superseded" role="note">')
assert old.contains('<a href="../../../en/demo/index.html">Read the current version</a>')
assert old.contains('A test of the arteries of the heart.')
assert !new File(site, 'en/demo/v2/index.html').getText('UTF-8').contains('class="superseded"')
def current = new File(site, 'en/demo/index.html').getText('UTF-8')
assert current.contains('<a href="../../en/demo/history/index.html">Version history</a>')
def history = new File(site, 'en/demo/history/index.html').getText('UTF-8')
assert history.contains('<a href="../../../en/demo/index.html">Version 2</a> (current version)')
assert history.contains('<a href="../../../en/demo/v1/index.html">Version 1</a>')
assert history.contains('<dd>Says what the test shows.</dd>')
assert history.contains('href="../../../en/demo/v1/demo-en-v1.pdf"')
return true
